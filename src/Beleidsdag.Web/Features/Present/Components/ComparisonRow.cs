using System.Globalization;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>One side's bar in a comparison: how full (0–100), the figure in bold and a detail beside it.</summary>
public sealed record ComparisonBar(Side Side, double Percent, string Figure, string Detail);

/// <summary>One option or item of a split result, with a bar per side.</summary>
public sealed record ComparisonRow(string Label, IReadOnlyList<ComparisonBar> Bars)
{
    /// <summary>Choice questions: the share of each side's respondents that chose the option.</summary>
    public static IReadOnlyList<ComparisonRow> Choice(IReadOnlyList<SideChoice> sides) =>
        sides.Count == 0 ? [] : [.. sides[0].Result.Counts.Select((option, i) => new ComparisonRow(option.Label, [.. sides.Select(s =>
        {
            var count = s.Result.Counts[i].Count;
            return new ComparisonBar(s.Side, ResultFormat.Share(count, s.Result.Respondents), ResultFormat.Percent(count, s.Result.Respondents), $"({count.ToString(CultureInfo.CurrentCulture)})");
        })]))];

    /// <summary>A ranking, in the room's order: each side's average place; the bar is full when everyone of that side put it first.</summary>
    public static IReadOnlyList<ComparisonRow> Ranking(RankingResult overall, IReadOnlyList<(Side Side, RankingResult Result)> sides) =>
        [.. overall.Items.Select(item => new ComparisonRow(item.Label, [.. sides.Select(s =>
        {
            var own = s.Result.Items.First(i => i.OptionId == item.OptionId);
            var max = Math.Max(0, s.Result.Items.Count - 1) * s.Result.Respondents;
            return new ComparisonBar(s.Side, ResultFormat.Share(own.Points, max), s.Result.Respondents > 0 ? $"gem. plaats {ResultFormat.OneDecimal(own.AverageRank)}" : "–", string.Empty);
        })]))];

    /// <summary>100 points: each side's average points for the option (a full bar is 100).</summary>
    public static IReadOnlyList<ComparisonRow> Points(PointsResult overall, IReadOnlyList<(Side Side, PointsResult Result)> sides) =>
        [.. overall.Items.Select(item => new ComparisonRow(item.Label, [.. sides.Select(s =>
        {
            var own = s.Result.Items.First(i => i.OptionId == item.OptionId);
            return new ComparisonBar(s.Side, own.Average, s.Result.Respondents > 0 ? $"gem. {ResultFormat.OneDecimal(own.Average)}" : "–", string.Empty);
        })]))];
}
