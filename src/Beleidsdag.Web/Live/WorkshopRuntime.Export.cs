namespace Beleidsdag.Web.Live;

/// <summary>The export's one read of the live state.</summary>
public sealed partial class WorkshopRuntime
{
    /// <summary>
    /// Copies what the export needs in one consistent moment. Only shallow copies happen under the lock
    /// (the records are immutable); counting, sorting and writing the workbook happen after it is released.
    /// </summary>
    public ExportSnapshot TakeExportSnapshot()
    {
        lock (_gate)
        {
            return new ExportSnapshot
            {
                Workshop = _workshop,
                Live = _live,
                TakenAt = _clock.GetUtcNow(),
                Sides = _participants.ToDictionary(p => p.Key, p => p.Value.Side, StringComparer.Ordinal),
                Answers = _responses.ToDictionary(r => r.Key, r => (IReadOnlyList<Domain.Polls.Answer>)[.. r.Value.Answers], StringComparer.Ordinal),
                Moderation = [.. _moderation.Decisions],
                Werkpunten = [.. _boards.Values.SelectMany(b => b.All)],
                PlusOnes = _plusOnes.GroupBy(p => p.Werkpunt, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                Dots = _dots.GroupBy(d => d.Key.Activity, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Domain.Groups.DotVote>)[.. g.Select(d => d.Value)], StringComparer.Ordinal),
                Consent = _consent.GroupBy(c => c.Key.Activity, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Domain.Groups.ConsentVote>)[.. g.Select(c => c.Value)], StringComparer.Ordinal),
            };
        }
    }
}
