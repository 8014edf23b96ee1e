using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Domain.Polls;

/// <summary>
/// A participant's current answer to one question. <see cref="Seq"/> is the phone's own submission
/// number: an older submission never overwrites a newer one. <see cref="Side"/> is the side the answer
/// counts for: the participant's side when answering, moved along with a corrected side only while the
/// question's figures have not left the app (docs/rules.md, "Figures that have left the app").
/// </summary>
public sealed record Answer(
    string ParticipantId,
    string QuestionId,
    AnswerContent Content,
    long Seq,
    DateTimeOffset AnsweredAt,
    Side Side);
