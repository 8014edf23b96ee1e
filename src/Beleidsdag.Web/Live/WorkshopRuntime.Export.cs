using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>The export's one read of the live state.</summary>
public sealed partial class WorkshopRuntime
{
    /// <summary>
    /// Copies what the export needs in one consistent moment. Only shallow copies happen under the lock
    /// (the records are immutable); counting, sorting and writing the workbook happen after it is released.
    /// The export shows the figures of every closed question and round, so those are disclosed first
    /// (docs/rules.md, "Figures that have left the app"), and the copy is handed out only once that is committed.
    /// </summary>
    public async Task<ExportSnapshot> TakeExportSnapshotAsync()
    {
        ExportSnapshot snapshot;
        Task write = Task.CompletedTask;
        lock (_gate)
        {
            var disclosedNow = false;
            foreach (var id in _workshop.Agenda.Select(RoomSteps.VotedOnId).OfType<string>().Where(id => !IsOpenForExport(id) && HasVotes(id)))
            {
                disclosedNow |= Disclose(id);
            }

            if (disclosedNow)
            {
                write = _writer.EnqueueAsync(new SaveWorkshop(_workshop, _live));
            }

            snapshot = new ExportSnapshot
            {
                Workshop = _workshop,
                Live = _live,
                TakenAt = _clock.GetUtcNow(),
                Sides = _participants.Where(p => !p.Value.Removed).ToDictionary(p => p.Key, p => p.Value.Side, StringComparer.Ordinal),
                RemovedParticipants = _participants.Values.Count(p => p.Removed),
                Answers = _responses.ToDictionary(r => r.Key, r => (IReadOnlyList<Domain.Polls.Answer>)[.. r.Value.Answers], StringComparer.Ordinal),
                Moderation = [.. _moderation.Decisions],
                Werkpunten = [.. _boards.Values.SelectMany(b => b.All)],
                PlusOnes = _plusOnes.GroupBy(p => p.Werkpunt, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                Dots = _dots.GroupBy(d => d.Key.Activity, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Domain.Groups.DotVote>)[.. g.Select(d => d.Value)], StringComparer.Ordinal),
                Consent = _consent.GroupBy(c => c.Key.Activity, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Domain.Groups.ConsentVote>)[.. g.Select(c => c.Value)], StringComparer.Ordinal),
                Delegations = [.. _workshop.Agenda.OfType<DelegationsActivity>().SelectMany(d => DelegationsOf(d.Id))],
                Evaluations = [.. _evaluations.Values],
            };
        }

        await write;
        return snapshot;
    }

    private bool IsOpenForExport(string votedOnId) => _responses.ContainsKey(votedOnId)
        ? _live.StateOf(votedOnId).Phase == QuestionPhase.Open
        : RoomSteps.IsVotingOpen(_workshop, _live, votedOnId);

    private bool HasVotes(string votedOnId) => _responses.TryGetValue(votedOnId, out var responses)
        ? responses.RespondentCount > 0
        : _dots.Keys.Any(k => k.Activity == votedOnId) || _consent.Keys.Any(k => k.Activity == votedOnId);
}
