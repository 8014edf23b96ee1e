using System.Globalization;
using AngleSharp.Dom;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Tests.Features.Present;

/// <summary>Results as the domain hands them to the screen, and the few readings of rendered markup the tests share.</summary>
internal static class ResultBuilders
{
    public static ChoiceResult Choice(QuestionType type, int respondents, params (string Label, int Count)[] counts) =>
        new("q-choice", type, respondents, [.. counts.Select((c, i) => new OptionCount($"o{i}", c.Label, c.Count))]);

    public static ChoiceResult Choice(int respondents, params (string Label, int Count)[] counts) =>
        Choice(QuestionType.SingleChoice, respondents, counts);

    public static StatementResult Statement(string label, params int[] distribution) =>
        new($"s-{label}", label, distribution.Sum(), distribution, Mean(distribution));

    public static ScaleResult Scale(ScaleRange range, params StatementResult[] statements) =>
        new("q-scale", statements.Max(s => s.Respondents), range, statements);

    public static ScaleResult OneToFive(params int[] distribution) => Scale(ScaleRange.OneToFive, Statement("Stelling", distribution));

    public static ScaleRange OneToTen { get; } = new(1, 10, "Geen vertrouwen", "Volledig vertrouwen");

    public static WordCloudResult Cloud(params (string Word, int Count)[] words) =>
        new("q-cloud", 10, [.. words.Select(w => new WordCount(w.Word, w.Word, w.Count))]);

    public static OpenTextResult Open(params (string Text, int Count)[] cards) =>
        new("q-open", cards.Sum(c => c.Count), [.. cards.Select((c, i) => new OpenCard($"p{i}", c.Text, c.Count))]);

    /// <summary>A style's width in percent, read back the way the browser reads it (invariant, with a dot).</summary>
    public static double WidthOf(IElement element)
    {
        var style = element.GetAttribute("style") ?? string.Empty;
        var start = style.IndexOf("width:", StringComparison.Ordinal) + "width:".Length;
        var end = style.IndexOf('%', start);
        return double.Parse(style[start..end], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static double FontSizeOf(IElement element)
    {
        var style = element.GetAttribute("style") ?? string.Empty;
        var start = style.IndexOf("font-size:", StringComparison.Ordinal) + "font-size:".Length;
        var end = style.IndexOf("em", start, StringComparison.Ordinal);
        return double.Parse(style[start..end], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static string Squashed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static double? Mean(int[] distribution) =>
        distribution.Sum() == 0 ? null : (double)distribution.Select((count, i) => count * (i + 1)).Sum() / distribution.Sum();
}
