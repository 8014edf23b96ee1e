namespace Beleidsdag.Domain.Polls;

/// <summary>How far CBS/VB and MAT are apart on a question (or on one statement of a scale), 0 to 100.</summary>
public sealed record GapItem(string QuestionId, string? StatementId, string Label, double Gap);

/// <summary>
/// The gap between the two sides per question type, on a 0–100 scale (docs/rules.md, with worked examples):
/// choice: half the sum of the absolute differences in shares (total variation distance);
/// multiple choice: the largest difference in the share choosing one option;
/// scale: the difference in means as a share of the scale's width, per statement;
/// word cloud: total variation distance of the word shares; ranking: the sum of the differences in
/// average rank as a share of its maximum, ⌊K²/2⌋; points: half the sum of the differences in average points.
/// Open text has no gap.
/// </summary>
public static class Gap
{
    public static IReadOnlyList<GapItem> Between(Question question, QuestionResult cbsVb, QuestionResult mat)
    {
        if (cbsVb.Respondents == 0 || mat.Respondents == 0)
        {
            return [];
        }

        return (cbsVb, mat) switch
        {
            (ChoiceResult c, ChoiceResult m) when question.Type == QuestionType.MultipleChoice =>
                [Item(question, c.Counts.Zip(m.Counts, (x, y) => Math.Abs(Share(x.Count, c.Respondents) - Share(y.Count, m.Respondents))).Max())],
            (ChoiceResult c, ChoiceResult m) =>
                [Item(question, TotalVariation(c.Counts.Select(x => Share(x.Count, c.Respondents)), m.Counts.Select(y => Share(y.Count, m.Respondents))))],
            (ScaleResult c, ScaleResult m) => [.. c.Statements.Zip(m.Statements)
                .Where(p => p.First.Mean is not null && p.Second.Mean is not null)
                .Select(p => new GapItem(question.Id, p.First.StatementId, p.First.Label,
                    Round(Math.Abs(p.First.Mean!.Value - p.Second.Mean!.Value) / (c.Scale.Max - c.Scale.Min) * 100)))],
            (WordCloudResult c, WordCloudResult m) => [Item(question, WordGap(c, m))],
            (RankingResult c, RankingResult m) => [Item(question, RankingGap(c, m))],
            (PointsResult c, PointsResult m) =>
                [Item(question, c.Items.Zip(m.Items, (x, y) => Math.Abs(x.Average - y.Average)).Sum() / 2 / 100)],
            _ => [],
        };
    }

    private static GapItem Item(Question question, double fraction) => new(question.Id, null, question.Text, Round(fraction * 100));

    private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;

    private static double TotalVariation(IEnumerable<double> p, IEnumerable<double> q) => p.Zip(q, (x, y) => Math.Abs(x - y)).Sum() / 2;

    private static double WordGap(WordCloudResult c, WordCloudResult m)
    {
        var cTotal = c.Words.Sum(w => w.Count);
        var mTotal = m.Words.Sum(w => w.Count);
        if (cTotal == 0 || mTotal == 0)
        {
            return 0;
        }

        var words = c.Words.Select(w => w.Word).Union(m.Words.Select(w => w.Word), StringComparer.Ordinal).ToList();
        double ShareOf(WordCloudResult r, int total, string word) => (double)(r.Words.FirstOrDefault(w => w.Word == word)?.Count ?? 0) / total;
        return TotalVariation(words.Select(w => ShareOf(c, cTotal, w)), words.Select(w => ShareOf(m, mTotal, w)));
    }

    private static double RankingGap(RankingResult c, RankingResult m)
    {
        var k = c.Items.Count;
        var maximum = k * k / 2;
        if (maximum == 0)
        {
            return 0;
        }

        var mRanks = m.Items.ToDictionary(i => i.OptionId, i => i.AverageRank, StringComparer.Ordinal);
        return c.Items.Sum(i => Math.Abs(i.AverageRank - mRanks[i.OptionId])) / maximum;
    }

    private static double Round(double value) => Rounding.OneDecimal(value);
}
