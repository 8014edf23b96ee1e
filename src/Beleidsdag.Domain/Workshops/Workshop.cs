namespace Beleidsdag.Domain.Workshops;

/// <summary>The content of one beleidsdag: what is asked, in which order. Where the room is lives in <see cref="LiveState"/>.</summary>
public sealed record Workshop
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Municipality { get; init; }
    public required DateOnly Date { get; init; }
    public required string JoinCode { get; init; }

    /// <summary>The secret in the screen link: it grants read-only access to this workshop only.</summary>
    public required string ScreenKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required IReadOnlyList<Activity> Agenda { get; init; }

    /// <summary>How many CBS/VB and MAT members the facilitator expects (entered in the console).</summary>
    public Participants.ExpectedTurnout Expected { get; init; } = Participants.ExpectedTurnout.None;

    /// <summary>The earlier workshop this one repeats (the mid-term follow-up): questions with the same id are compared.</summary>
    public string? FollowUpOf { get; init; }

    public Activity? ActivityAt(int index) => index >= 0 && index < Agenda.Count ? Agenda[index] : null;

    public QuestionActivity? FindQuestion(string questionId) =>
        Agenda.OfType<QuestionActivity>().FirstOrDefault(a => string.Equals(a.Question.Id, questionId, StringComparison.Ordinal));
}
