using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Polls;

/// <summary>
/// The answers to one question: at most one current answer per participant. Changing an answer while
/// the question is open replaces the earlier one, so each participant is counted once.
/// </summary>
public sealed class QuestionResponses(Question question)
{
    private readonly Dictionary<string, Answer> _answers = new(StringComparer.Ordinal);

    public Question Question { get; } = question;

    public int RespondentCount => _answers.Count;

    public IReadOnlyCollection<Answer> Answers => _answers.Values;

    public Answer? AnswerOf(string participantId) => _answers.GetValueOrDefault(participantId);

    /// <summary>Checks a cleaned submission against the question's phase and type; changes nothing.</summary>
    public SubmissionError Check(AnswerContent content, QuestionPhase phase) =>
        phase != QuestionPhase.Open ? SubmissionError.QuestionNotOpen : AnswerRules.Check(Question, content);

    /// <summary>True when this submission is older than the answer already held: it must not overwrite it.</summary>
    public bool IsSuperseded(string participantId, long seq) =>
        _answers.TryGetValue(participantId, out var current) && current.Seq >= seq;

    /// <summary>Stores (or replaces) the participant's answer. Call only after <see cref="Check"/> passed.</summary>
    public void Apply(Answer answer) => _answers[answer.ParticipantId] = answer;

    /// <summary>Drops a removed participant's answer (only while the question's figures have not left the app).</summary>
    public bool Remove(string participantId) => _answers.Remove(participantId);

    public QuestionResult Result(OpenTextModeration? moderation = null) => Tally.Compute(Question, _answers.Values, moderation);
}
