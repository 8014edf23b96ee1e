namespace Beleidsdag.Domain.Polls;

/// <summary>
/// A participant's current answer to one question. <see cref="Seq"/> is the phone's own submission
/// number: an older submission never overwrites a newer one.
/// </summary>
public sealed record Answer(
    string ParticipantId,
    string QuestionId,
    AnswerContent Content,
    long Seq,
    DateTimeOffset AnsweredAt);
