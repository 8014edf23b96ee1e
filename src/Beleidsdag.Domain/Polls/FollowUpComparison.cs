using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Domain.Polls;

/// <summary>What a compared figure is: the share that chose an option, a mean on a scale, an average rank or average points.</summary>
public enum ComparedMeasure
{
    Share = 1,
    Mean = 2,
    AverageRank = 3,
    AveragePoints = 4,
}

/// <summary>One option or statement: its figure the earlier time and now, overall and per side (null: no answers, or withheld by the anonymity rule).</summary>
public sealed record ComparedItem(string Label, ComparedFigures Overall, ComparedFigures CbsVb, ComparedFigures Mat);

public sealed record ComparedFigures(double? Earlier, double? Now);

/// <summary>
/// The mid-term follow-up: the same question (same id) in an earlier workshop next to now. Options and
/// statements are matched by id, else by label, so a template's questions compare even after an option was renamed
/// in one of them only when its id stayed. Word clouds and open text have no figures to line up: <see cref="Compare"/>
/// returns null and the two results are shown side by side instead.
/// </summary>
public sealed record FollowUpComparison(ComparedMeasure Measure, int EarlierRespondents, int NowRespondents, IReadOnlyList<ComparedItem> Items)
{
    public static FollowUpComparison? Compare(SplitResult earlier, SplitResult now)
    {
        var measure = MeasureOf(now.Overall);
        if (measure is null || MeasureOf(earlier.Overall) != measure)
        {
            return null;
        }

        var items = Figures(now.Overall).Select(item => new ComparedItem(
            item.Label,
            Pair(earlier.Overall, now.Overall, item),
            Pair(SideResult(earlier, Side.CbsVb), SideResult(now, Side.CbsVb), item),
            Pair(SideResult(earlier, Side.Mat), SideResult(now, Side.Mat), item)));
        return new FollowUpComparison(measure.Value, earlier.Overall.Respondents, now.Overall.Respondents, [.. items]);
    }

    private static ComparedMeasure? MeasureOf(QuestionResult result) => result switch
    {
        ChoiceResult => ComparedMeasure.Share,
        ScaleResult => ComparedMeasure.Mean,
        RankingResult => ComparedMeasure.AverageRank,
        PointsResult => ComparedMeasure.AveragePoints,
        _ => null,
    };

    // A side withheld by the anonymity rule (or without answers) compares as "no figure", never as zero.
    private static QuestionResult? SideResult(SplitResult split, Side side) =>
        split.Status != SplitStatus.Shown ? null : side == Side.CbsVb ? split.CbsVb : split.Mat;

    private static ComparedFigures Pair(QuestionResult? earlier, QuestionResult? now, Figure item) =>
        new(earlier is null ? null : Match(Figures(earlier), item)?.Value, now is null ? null : Match(Figures(now), item)?.Value);

    private static Figure? Match(IReadOnlyList<Figure> figures, Figure item) =>
        figures.FirstOrDefault(f => f.Id == item.Id) ?? figures.FirstOrDefault(f => string.Equals(f.Label, item.Label, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<Figure> Figures(QuestionResult result) => result switch
    {
        ChoiceResult c => [.. c.Counts.Select(o => new Figure(o.OptionId, o.Label, c.Respondents == 0 ? null : 100d * o.Count / c.Respondents))],
        ScaleResult s => [.. s.Statements.Select(st => new Figure(st.StatementId, st.Label, st.Mean))],
        RankingResult r => [.. r.Items.Select(i => new Figure(i.OptionId, i.Label, r.Respondents == 0 ? null : i.AverageRank))],
        PointsResult p => [.. p.Items.Select(i => new Figure(i.OptionId, i.Label, p.Respondents == 0 ? null : i.Average))],
        _ => [],
    };

    private sealed record Figure(string Id, string Label, double? Value);
}
