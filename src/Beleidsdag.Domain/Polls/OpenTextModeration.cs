namespace Beleidsdag.Domain.Polls;

public enum ModerationStatus
{
    Pending = 0,
    Approved = 1,
    Hidden = 2,

    /// <summary>Counted as a duplicate of another (approved) answer.</summary>
    Merged = 3,
}

/// <summary>
/// The facilitator's decision about one open answer. It holds for the answer's <see cref="AnswerSeq"/>:
/// when the participant changes the text, the new text is pending again.
/// </summary>
public sealed record ModerationDecision(string QuestionId, string ParticipantId, long AnswerSeq, ModerationStatus Status, string? MergedInto);

/// <summary>The moderation queue of the open questions of one workshop.</summary>
public sealed class OpenTextModeration
{
    private readonly Dictionary<(string, string), ModerationDecision> _decisions = [];

    public IEnumerable<ModerationDecision> Decisions => _decisions.Values;

    public void Apply(ModerationDecision decision) =>
        _decisions[(decision.QuestionId, decision.ParticipantId)] = decision;

    public ModerationDecision? DecisionFor(Answer answer) =>
        _decisions.TryGetValue((answer.QuestionId, answer.ParticipantId), out var decision) && decision.AnswerSeq == answer.Seq
            ? decision
            : null;

    public ModerationStatus StatusOf(Answer answer) => DecisionFor(answer)?.Status ?? ModerationStatus.Pending;
}
