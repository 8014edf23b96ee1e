using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

/// <summary>One werkpunt on the closing slide: its text, its prioritisation score and how the room judged it.</summary>
public sealed record RecapLine(WerkpuntView Werkpunt, double? Score, ConsentCounts? Consent);

/// <summary>
/// The closing slide's recap. <see cref="Carried"/>: the werkpunten both sides carried in the consent round; without a
/// consent round the room saw, the highest prioritised. Only rounds whose results the room has seen count.
/// </summary>
public sealed record RecapScreen(IReadOnlyList<RecapLine> Lines, bool Carried);

public sealed partial class WorkshopRuntime
{
    private const int RecapWithoutConsent = 5;

    private RecapScreen RecapOf()
    {
        var consent = _workshop.Agenda.OfType<ConsentActivity>().LastOrDefault(c => _live.StateOf(c.Id).Disclosed);
        var prioritisation = _workshop.Agenda.OfType<PrioritisationActivity>().LastOrDefault(p => _live.StateOf(p.Id).Disclosed);
        var scores = prioritisation is null
            ? new Dictionary<string, double>(StringComparer.Ordinal)
            : PrioritiesOf(prioritisation).Lines.ToDictionary(l => l.Werkpunt.Id, l => l.Row.EqualWeightScore, StringComparer.Ordinal);
        if (consent is not null)
        {
            return new RecapScreen(
                [.. ConsentOf(consent).Where(l => l.Row.CarriedByBothSides)
                    .Select(l => new RecapLine(l.Werkpunt, scores.TryGetValue(l.Werkpunt.Id, out var s) ? s : null, l.Row.Overall))],
                Carried: true);
        }

        return prioritisation is null
            ? new RecapScreen([], Carried: false)
            : new RecapScreen(
                [.. PrioritiesOf(prioritisation).Lines.Where(l => l.Row.Total > 0).Take(RecapWithoutConsent)
                    .Select(l => new RecapLine(l.Werkpunt, l.Row.EqualWeightScore, null))],
                Carried: false);
    }
}
