using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

// What the phones, the screen and the console are shown. Records so they travel over SignalR as they are.

public sealed record OptionView(string Id, string Label)
{
    /// <summary>"Geen van deze": the phone unticks the other options when it is chosen.</summary>
    public bool Exclusive { get; init; }
}

public sealed record QuestionView(
    string Id,
    QuestionType Type,
    string Text,
    IReadOnlyList<OptionView> Options,
    int MaxChoices,
    ScaleRange? Scale,
    bool Moderated);

public sealed record ActivityView(
    string ActivityId,
    ActivityKind Kind,
    int Position,
    int Count,
    QuestionView? Question,
    QuestionPhase Phase,
    bool Revealed,
    bool SplitBySide)
{
    /// <summary>The title of an agenda item that is not a question.</summary>
    public string? Title { get; init; }

    /// <summary>Info slide only: the text under the title.</summary>
    public string? Body { get; init; }

    /// <summary>Group exercise only.</summary>
    public ExerciseView? Exercise { get; init; }

    /// <summary>Prioritisation and consent round only.</summary>
    public VoteView? Vote { get; init; }

    /// <summary>Delegations only: what the facilitator recorded so far, per domain (the screen shows it read-only).</summary>
    public IReadOnlyList<DelegationRecord>? Delegations { get; init; }

    /// <summary>Evaluation only: what the facilitator recorded so far (null: nothing yet).</summary>
    public EvaluationRecord? Evaluation { get; init; }

    /// <summary>Its figures have left the app: the console warns before it reopens voting (docs/rules.md).</summary>
    public bool Disclosed { get; init; }

    /// <summary>Its split by side is withheld for good (figures left the app while a side was too small).</summary>
    public bool SplitWithheld { get; init; }
}

/// <summary>What every phone of a workshop needs to show the room's current item.</summary>
public sealed record RoomState(string WorkshopTitle, string Municipality, string JoinCode, bool Blanked, ActivityView? Current);

public sealed record MyAnswer(
    string QuestionId,
    IReadOnlyList<string> OptionIds,
    IReadOnlyDictionary<string, int> Values,
    IReadOnlyList<string> Texts,
    long Seq);

/// <summary>An open answer as the console's moderation queue shows it.</summary>
public sealed record OpenAnswerView(string ParticipantId, string Text, ModerationStatus Status, string? MergedInto, DateTimeOffset AnsweredAt);

/// <summary>What the projector shows; also what a screen-link holder receives over the hub.</summary>
public sealed record ScreenView(
    string WorkshopTitle,
    string JoinCode,
    string JoinUrl,
    string ShortAddress,
    int ConnectedPhones,
    bool Blanked,
    ActivityView? Current,
    int Answered,
    int Eligible,
    SplitResult? Result,
    IReadOnlyList<GapItem>? Gaps)
{
    public ExerciseScreen? Exercise { get; init; }

    /// <summary>Prioritisation results; shown once the facilitator reveals them (R).</summary>
    public PrioritiesScreen? Priorities { get; init; }

    /// <summary>Consent round results; shown once revealed.</summary>
    public IReadOnlyList<ConsentLine>? Consent { get; init; }

    /// <summary>On the closing slide: the werkpunten the day ends with.</summary>
    public RecapScreen? Recap { get; init; }

    /// <summary>How many took part in a prioritisation or consent round, shown while its result is still hidden.</summary>
    public int? Voters { get; init; }

    /// <summary>The anonymity minimum these figures were computed with (the notices name it).</summary>
    public int MinimumPerSide { get; init; }
}

/// <summary>The facilitator's live numbers for one workshop.</summary>
public sealed record ConsoleNumbers(int ConnectedPhones, int JoinedParticipants, int Answered, int Eligible);
