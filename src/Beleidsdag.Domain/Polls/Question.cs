namespace Beleidsdag.Domain.Polls;

/// <summary>Every kind of question the day uses. docs/rules.md gives each one's counting rule and gap.</summary>
public enum QuestionType
{
    /// <summary>Pick exactly one option.</summary>
    SingleChoice = 1,

    /// <summary>Ja / Nee / Weet niet: single choice with those three options.</summary>
    YesNo = 2,

    /// <summary>Pick one up to <see cref="Question.MaxChoices"/> options.</summary>
    MultipleChoice = 3,

    /// <summary>Rate every statement (the options) on <see cref="Question.Scale"/>.</summary>
    Scale = 4,

    /// <summary>Up to three short words per participant.</summary>
    WordCloud = 5,

    /// <summary>One free text; with moderation on, the screen shows only approved answers.</summary>
    OpenText = 6,

    /// <summary>Put all the options in order, best first.</summary>
    Ranking = 7,

    /// <summary>Spread exactly 100 points over the options.</summary>
    Points = 8,
}

/// <summary>An option; <see cref="Exclusive"/> ("Geen van deze") cannot be combined with other options of a multiple choice.</summary>
public sealed record QuestionOption(string Id, string Label)
{
    public bool Exclusive { get; init; }
}

/// <summary>A scale from <see cref="Min"/> to <see cref="Max"/> with a label at each end.</summary>
public sealed record ScaleRange(int Min, int Max, string LowLabel, string HighLabel)
{
    public static ScaleRange OneToFive { get; } = new(1, 5, "Helemaal niet akkoord", "Helemaal akkoord");
}

/// <summary>
/// A question. <see cref="Options"/> are the choices (choice types, ranking, points) or the statements
/// (scale); word cloud and open text have none. Options have stable ids; answers refer to those.
/// </summary>
public sealed record Question(string Id, QuestionType Type, string Text, IReadOnlyList<QuestionOption> Options)
{
    /// <summary>Multiple choice: at most this many options per participant.</summary>
    public int MaxChoices { get; init; } = 1;

    /// <summary>Scale only.</summary>
    public ScaleRange? Scale { get; init; }

    /// <summary>Open text only: answers wait in the console until the facilitator approves them.</summary>
    public bool Moderated { get; init; } = true;

    /// <summary>
    /// Revealing the results does not close voting (by default it does). Such a question shows its split
    /// by side only once it is closed (docs/rules.md).
    /// </summary>
    public bool StaysOpenWhileRevealed { get; init; }

    public QuestionOption? FindOption(string optionId) =>
        Options.FirstOrDefault(o => string.Equals(o.Id, optionId, StringComparison.Ordinal));

    public bool HasOptions => Type is not (QuestionType.WordCloud or QuestionType.OpenText);
}
