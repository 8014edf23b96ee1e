namespace Beleidsdag.Domain.Polls;

/// <summary>The result of one question for a set of respondents (everyone, or one side).</summary>
public abstract record QuestionResult(string QuestionId, QuestionType Type, int Respondents);

public sealed record OptionCount(string OptionId, string Label, int Count);

/// <summary>Single choice, Ja/Nee/Weet niet, multiple choice: how many chose each option.</summary>
public sealed record ChoiceResult(string QuestionId, QuestionType Type, int Respondents, IReadOnlyList<OptionCount> Counts)
    : QuestionResult(QuestionId, Type, Respondents);

/// <summary>One statement on a scale: how many gave each value (index 0 = Min), and the mean.</summary>
public sealed record StatementResult(string StatementId, string Label, int Respondents, IReadOnlyList<int> Distribution, double? Mean);

public sealed record ScaleResult(string QuestionId, int Respondents, ScaleRange Scale, IReadOnlyList<StatementResult> Statements)
    : QuestionResult(QuestionId, QuestionType.Scale, Respondents);

/// <summary>A normalised word and how many participants gave it; <see cref="Display"/> is its most common spelling.</summary>
public sealed record WordCount(string Word, string Display, int Count);

public sealed record WordCloudResult(string QuestionId, int Respondents, IReadOnlyList<WordCount> Words)
    : QuestionResult(QuestionId, QuestionType.WordCloud, Respondents);

/// <summary>An approved open answer; <see cref="Count"/> &gt; 1 when duplicates were merged into it.</summary>
public sealed record OpenCard(string ParticipantId, string Text, int Count);

public sealed record OpenTextResult(string QuestionId, int Respondents, IReadOnlyList<OpenCard> Cards)
    : QuestionResult(QuestionId, QuestionType.OpenText, Respondents);

/// <summary>Average rank (1 = best) and Borda points (K−1 for first … 0 for last, summed).</summary>
public sealed record RankedItem(string OptionId, string Label, double AverageRank, int Points);

public sealed record RankingResult(string QuestionId, int Respondents, IReadOnlyList<RankedItem> Items)
    : QuestionResult(QuestionId, QuestionType.Ranking, Respondents);

/// <summary>Total points given to an option and the average per respondent.</summary>
public sealed record PointsItem(string OptionId, string Label, int Total, double Average);

public sealed record PointsResult(string QuestionId, int Respondents, IReadOnlyList<PointsItem> Items)
    : QuestionResult(QuestionId, QuestionType.Points, Respondents);
