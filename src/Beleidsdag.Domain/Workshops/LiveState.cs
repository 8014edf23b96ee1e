namespace Beleidsdag.Domain.Workshops;

public enum QuestionPhase
{
    NotOpened = 0,
    Open = 1,
    Closed = 2,
}

/// <summary>
/// Where one question stands: can phones answer it, may the room see its results, and are they shown
/// split by side (CBS/VB next to MAT).
/// </summary>
public sealed record QuestionState(QuestionPhase Phase, bool Revealed, bool SplitBySide = false)
{
    public static QuestionState Initial { get; } = new(QuestionPhase.NotOpened, false);
}

/// <summary>
/// Where the room is now, kept apart from the content (the <see cref="Workshop"/>).
/// <see cref="CurrentIndex"/> -1 is the lobby: the screen shows the big QR code.
/// </summary>
public sealed record LiveState(int CurrentIndex, bool Blanked, IReadOnlyDictionary<string, QuestionState> Questions)
{
    /// <summary>The screen shows the gap view: questions ranked by how far CBS/VB and MAT differ.</summary>
    public bool ShowingGaps { get; init; }

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
