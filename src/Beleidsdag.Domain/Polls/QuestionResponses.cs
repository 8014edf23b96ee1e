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

    public IEnumerable<Answer> Answers => _answers.Values;

    public Answer? AnswerOf(string participantId) => _answers.GetValueOrDefault(participantId);

    /// <summary>Checks a submission against the rules and the question's phase; changes nothing.</summary>
    public SubmissionError Check(IReadOnlyList<string> optionIds, QuestionPhase phase)
    {
        if (phase != QuestionPhase.Open)
        {
            return SubmissionError.QuestionNotOpen;
        }

        if (optionIds.Count != 1)
        {
            return SubmissionError.WrongNumberOfOptions;
        }

        return optionIds.All(id => Question.FindOption(id) is not null) ? SubmissionError.None : SubmissionError.UnknownOption;
    }

    /// <summary>True when this submission is older than the answer already held: it must not overwrite it.</summary>
    public bool IsSuperseded(string participantId, long seq) =>
        _answers.TryGetValue(participantId, out var current) && current.Seq >= seq;

    /// <summary>Stores (or replaces) the participant's answer. Call only after <see cref="Check"/> passed.</summary>
    public void Apply(Answer answer) => _answers[answer.ParticipantId] = answer;

    /// <summary>Counts per option, in the question's order, for the given respondents (all when null).</summary>
    public IReadOnlyList<OptionCount> Tally(Func<string, bool>? includeParticipant = null)
    {
        var counts = Question.Options.ToDictionary(o => o.Id, _ => 0, StringComparer.Ordinal);
        foreach (var answer in _answers.Values)
        {
            if (includeParticipant is not null && !includeParticipant(answer.ParticipantId))
            {
                continue;
            }

            foreach (var optionId in answer.OptionIds)
            {
                counts[optionId]++;
            }
        }

        return [.. Question.Options.Select(o => new OptionCount(o.Id, o.Label, counts[o.Id]))];
    }
}

public sealed record OptionCount(string OptionId, string Label, int Count);
