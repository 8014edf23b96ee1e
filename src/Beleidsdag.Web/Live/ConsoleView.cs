using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

/// <summary>
/// Everything the facilitator's console shows of one workshop, read in one moment under the runtime's lock, so
/// that one render never mixes two states of the room (the agenda from before a step, the screen from after it).
/// </summary>
public sealed record ConsoleView(Workshop Workshop, LiveState Live, ScreenView Screen, ConsoleNumbers Numbers)
{
    public required IReadOnlyList<ActivityView> Agenda { get; init; }

    public required IReadOnlyList<ParticipantRow> Participants { get; init; }

    /// <summary>The current question's result, revealed or not.</summary>
    public SplitResult? Result { get; init; }

    /// <summary>The current open question's answers with their moderation status.</summary>
    public IReadOnlyList<OpenAnswerView> OpenAnswers { get; init; } = [];

    /// <summary>The gaps of every question, also those the room has not seen yet.</summary>
    public required IReadOnlyList<GapItem> Gaps { get; init; }

    /// <summary>During a group exercise: every werkpunt (hidden ones too) and who sits where.</summary>
    public IReadOnlyList<WerkpuntView> Werkpunten { get; init; } = [];

    public IReadOnlyList<(Participant Participant, string? GroupId)> Members { get; init; } = [];

    /// <summary>During a prioritisation or consent round: its live result, also before the room sees it.</summary>
    public (int Voters, PrioritiesScreen? Priorities, IReadOnlyList<ConsentLine>? Consent)? Votes { get; init; }

    /// <summary>Where Verder would take the room from here.</summary>
    public required LiveState Forward { get; init; }

    public int MinimumPerSide => Screen.MinimumPerSide;
}
