using System.Globalization;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>
/// Numbers as the room reads them (nl-BE at run time: "3,7", "67%") and as CSS needs them: a style
/// written in the current culture would say "width:12,5%", which the browser ignores.
/// </summary>
internal static class ResultFormat
{
    public const string MultipleChoiceNote = "meerdere antwoorden mogelijk: percentages tellen niet op tot 100%";

    // Rounding is the one rule the workbook follows too (docs/rules.md).
    public static string Percent(int count, int total) =>
        Rounding.Percent(count, total).ToString(CultureInfo.CurrentCulture) + "%";

    public static string OneDecimal(double value) => Rounding.OneDecimal(value).ToString("0.0", CultureInfo.CurrentCulture);

    public static string Whole(double value) => Rounding.Whole(value).ToString(CultureInfo.CurrentCulture);

    public static string Respondents(int count) => $"(n = {count.ToString(CultureInfo.CurrentCulture)})";

    /// <summary>A scale statement's mean, "gem. 3,7"; a dash while nobody answered.</summary>
    public static string Mean(double? mean) => mean is { } value ? $"gem. {OneDecimal(value)}" : "gem. –";

    public static string Answers(int count) => count == 1 ? "1 antwoord" : $"{count.ToString(CultureInfo.CurrentCulture)} antwoorden";

    /// <summary>A CSS length in percent; clamped so that rounding never draws past the track.</summary>
    public static string CssPercent(double percent) =>
        Math.Clamp(percent, 0, 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static string CssEm(double em) => em.ToString("0.###", CultureInfo.InvariantCulture) + "em";

    public static double Share(int count, int total) => total == 0 ? 0 : 100d * count / total;
}
