using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>
/// The prioritisation's or consent round's live result, also before the room sees it: for the console, and
/// the "hoeveel stemden" count on the screen while the result is hidden. The runtime builds the result only
/// for a revealed screen; until it offers it unrevealed (and the voter count), it is computed here from what
/// the runtime does expose (each participant's own votes in the current activity), with the same domain rules.
/// </summary>
public sealed record VoteTally(int Voters, PrioritiesScreen? Priorities, IReadOnlyList<ConsentLine>? ConsentLines)
{
    public static VoteTally Of(WorkshopRuntime runtime, ActivityView activity, int minimumPerSide)
    {
        var werkpunten = activity.Vote?.Werkpunten ?? [];
        var people = runtime.BuildMembers(activity.ActivityId).Select(m => m.Participant).ToList();
        var sides = people.ToDictionary(p => p.Id, p => p.Side, StringComparer.Ordinal);
        Side? SideOf(string participantId) => sides.GetValueOrDefault(participantId);
        var given = people.Select(p => (p.Id, Work: runtime.BuildMyGroupWork(p.Id))).ToList();

        if (activity.Kind == ActivityKind.Prioritisation)
        {
            var votes = given.Select(g => new DotVote(g.Id, g.Work.Dots, 0)).ToList();
            var result = Prioritisation.Compute([.. werkpunten.Select(w => w.Id)], votes, SideOf, minimumPerSide);
            var byId = werkpunten.ToDictionary(w => w.Id, StringComparer.Ordinal);
            return new VoteTally(result.Voters, new PrioritiesScreen(result.Voters, result.SplitShown, [.. result.Rows.Select(r => new PriorityLine(byId[r.WerkpuntId], r))]), null);
        }

        var consent = given.SelectMany(g => g.Work.Consent.Select(c => new ConsentVote(g.Id, c.Key, c.Value))).ToList();
        return new VoteTally(
            consent.Select(v => v.ParticipantId).Distinct(StringComparer.Ordinal).Count(),
            null,
            [.. werkpunten.Select(w => new ConsentLine(w, Consent.Compute(w.Id, consent, SideOf, minimumPerSide)))]);
    }
}
