namespace Beleidsdag.Domain.Polls;

public enum QuestionType
{
    /// <summary>Pick exactly one option.</summary>
    SingleChoice = 1,
}

public sealed record QuestionOption(string Id, string Label);

public sealed record Question(string Id, QuestionType Type, string Text, IReadOnlyList<QuestionOption> Options)
{
    public QuestionOption? FindOption(string optionId) =>
        Options.FirstOrDefault(o => string.Equals(o.Id, optionId, StringComparison.Ordinal));
}
