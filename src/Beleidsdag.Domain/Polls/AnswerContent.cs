namespace Beleidsdag.Domain.Polls;

/// <summary>
/// What a participant answered; which part is used depends on the question type:
/// choice types: <see cref="OptionIds"/>; ranking: <see cref="OptionIds"/> in order, best first;
/// scale: <see cref="Values"/> statement id → value; points: <see cref="Values"/> option id → points;
/// word cloud: <see cref="Texts"/> (the words); open text: <see cref="Texts"/> (one text).
/// </summary>
public sealed record AnswerContent
{
    public static readonly IReadOnlyDictionary<string, int> NoValues = new Dictionary<string, int>();

    public IReadOnlyList<string> OptionIds { get; init; } = [];

    public IReadOnlyDictionary<string, int> Values { get; init; } = NoValues;

    public IReadOnlyList<string> Texts { get; init; } = [];

    public static AnswerContent Choice(params string[] optionIds) => new() { OptionIds = optionIds };

    public static AnswerContent Words(params string[] words) => new() { Texts = words };

    public static AnswerContent Text(string text) => new() { Texts = [text] };

    public static AnswerContent Numbers(IReadOnlyDictionary<string, int> values) => new() { Values = values };
}
