namespace Beleidsdag.Domain.Workshops;

public enum QuestionPhase
{
    NotOpened = 0,
    Open = 1,
    Closed = 2,
}

/// <summary>
/// Where one question (or prioritisation or consent round, keyed by its activity id) stands: can phones
/// answer it, may the room see its results, are they shown split by side (CBS/VB next to MAT), and have
/// its figures left the app (docs/rules.md, "Figures that have left the app").
/// </summary>
public sealed record QuestionState(QuestionPhase Phase, bool Revealed, bool SplitBySide = false)
{
    public static QuestionState Initial { get; } = new(QuestionPhase.NotOpened, false);

    /// <summary>Its figures were shown on the screen (and so on the phones) or in an export: the sides of its answers are fixed.</summary>
    public bool Disclosed { get; init; }

    /// <summary>Figures left the app while a side had fewer respondents than the minimum: its split is never shown.</summary>
    public bool SplitWithheld { get; init; }
}

/// <summary>
/// Where the room is now, kept apart from the content (the <see cref="Workshop"/>).
/// <see cref="CurrentIndex"/> -1 is the lobby: the screen shows the big QR code.
/// </summary>
public sealed record LiveState(int CurrentIndex, bool Blanked, IReadOnlyDictionary<string, QuestionState> Questions)
{
    /// <summary>The screen shows the gap view: questions ranked by how far CBS/VB and MAT differ.</summary>
    public bool ShowingGaps { get; init; }

    /// <summary>Per group exercise (by activity id): its timer and where the plenary feedback is.</summary>
    public IReadOnlyDictionary<string, ExerciseState> Exercises { get; init; } = new Dictionary<string, ExerciseState>();

    public ExerciseState ExerciseOf(string activityId) =>
        Exercises.TryGetValue(activityId, out var state) ? state : ExerciseState.Initial;

    public LiveState With(string activityId, ExerciseState state) =>
        this with { Exercises = new Dictionary<string, ExerciseState>(Exercises, StringComparer.Ordinal) { [activityId] = state } };

    public const int Lobby = -1;

    public static LiveState Start { get; } = new(Lobby, false, new Dictionary<string, QuestionState>());

    public QuestionState StateOf(string questionId) =>
        Questions.TryGetValue(questionId, out var state) ? state : QuestionState.Initial;

    public LiveState With(string questionId, QuestionState state)
    {
        var questions = new Dictionary<string, QuestionState>(Questions, StringComparer.Ordinal) { [questionId] = state };
        return this with { Questions = questions };
    }
}

/// <summary>
/// A group exercise's live state: the countdown, and during the plenary feedback (terugkoppeling) which
/// group and which of its werkpunten the screen shows.
/// </summary>
public sealed record ExerciseState(Groups.CountdownTimer Timer, bool Plenary, int PlenaryGroup, int PlenaryItem)
{
    public static ExerciseState Initial { get; } = new(Groups.CountdownTimer.Stopped, false, 0, 0);
}
