using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Templates;

/// <summary>The words a template file uses for kinds and question types; reader and writer share them.</summary>
internal static class TemplateNames
{
    public static IReadOnlyDictionary<string, ActivityKind> Kinds { get; } = new Dictionary<string, ActivityKind>(StringComparer.Ordinal)
    {
        ["info"] = ActivityKind.Info,
        ["question"] = ActivityKind.Question,
        ["groupExercise"] = ActivityKind.GroupExercise,
        ["prioritisation"] = ActivityKind.Prioritisation,
        ["consent"] = ActivityKind.ConsentRound,
        ["delegations"] = ActivityKind.Delegations,
        ["evaluation"] = ActivityKind.Evaluation,
    };

    public static IReadOnlyDictionary<string, QuestionType> Types { get; } = new Dictionary<string, QuestionType>(StringComparer.Ordinal)
    {
        ["singleChoice"] = QuestionType.SingleChoice,
        ["yesNo"] = QuestionType.YesNo,
        ["multipleChoice"] = QuestionType.MultipleChoice,
        ["scale"] = QuestionType.Scale,
        ["wordCloud"] = QuestionType.WordCloud,
        ["openText"] = QuestionType.OpenText,
        ["ranking"] = QuestionType.Ranking,
        ["points"] = QuestionType.Points,
    };

    public static string Kind(ActivityKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string Type(QuestionType type) => Types.First(t => t.Value == type).Key;

    /// <summary>Ja / Nee / Weet niet get fixed ids, so every yesNo question compares with every other.</summary>
    public static IReadOnlyList<QuestionOption> YesNoOptions { get; } =
        [.. QuestionDraft.YesNoOptions.Select(label => new QuestionOption(Domain.Templates.TemplateIds.Slug(label), label))];
}
