using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Web.Features.Facilitate.Components;

// What the console's group-work components ask the page to do; the page calls FacilitationService.

public sealed record WerkpuntHiding(string WerkpuntId, bool Hidden);

public sealed record WerkpuntMerge(string WerkpuntId, string IntoId);

public sealed record WerkpuntRevision(string WerkpuntId, WerkpuntContent Content, Domain.Workshops.AfsprakennotaChapter? Chapter = null);

/// <summary>What the werkpunt dialog gives back: the content and the chapter the facilitator chose.</summary>
public sealed record WerkpuntEdit(WerkpuntContent Content, Domain.Workshops.AfsprakennotaChapter Chapter);

public sealed record GroupMove(string ParticipantId, string GroupId);

public enum TimerAction
{
    Start,
    Pause,
    Resume,
    Extend,
    Stop,
}

public sealed record TimerCommand(TimerAction Action, int Minutes);

/// <summary>
/// A participant in the console's mover. Participants have no names: they are numbered by the order in
/// which they joined ("Deelnemer 3"), which stays the same for the whole day.
/// </summary>
public sealed record MemberRow(string ParticipantId, int Number, Side? Side, string? GroupId)
{
    public static IReadOnlyList<MemberRow> From(IEnumerable<(Participant Participant, string? GroupId)> members) =>
        [.. members
            .OrderBy(m => m.Participant.JoinedAt)
            .ThenBy(m => m.Participant.Id, StringComparer.Ordinal)
            .Select((m, i) => new MemberRow(m.Participant.Id, i + 1, m.Participant.Side, m.GroupId))];
}
