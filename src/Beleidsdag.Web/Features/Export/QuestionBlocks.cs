using System.Globalization;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// One question's result as a block of rows: overall and per side, percentages as numbers, means, the gap.
/// When a side is under the anonymity minimum, the side columns stay empty and the block says why
/// (SplitResult.HiddenReason) — exactly what the screen does.
/// </summary>
public static class QuestionBlocks
{
    private static readonly Side[] Shown = [Side.CbsVb, Side.Mat, Side.Anders];

    public static IEnumerable<ExportRow> Of(QuestionActivity activity, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(facts);
        var question = activity.Question;
        yield return ExportRow.Section(facts.Heading(activity, question.Text));
        if (facts.IsOpen(question.Id))
        {
            yield return ExportRow.Note(ExportLabels.StillOpen);
            yield return ExportRow.Blank;
            yield break;
        }

        var split = facts.Split(question);
        yield return ExportRow.Note(Summary(activity, split));
        var rows = question.Type switch
        {
            QuestionType.Scale => Scale(split),
            QuestionType.WordCloud => Words(question, split, facts),
            QuestionType.OpenText => Cards(question, split, facts),
            QuestionType.Ranking => Ranking(split),
            QuestionType.Points => Points(split),
            _ => Choice(split),
        };
        foreach (var row in rows)
        {
            yield return row;
        }

        if (question.Type == QuestionType.MultipleChoice)
        {
            yield return ExportRow.Note("Meerdere antwoorden mogelijk: de percentages tellen niet op tot 100%.");
        }

        if (question.Type != QuestionType.Scale && split.Gaps.Count > 0 && split.Gaps[0] is { } gap)
        {
            yield return ExportRow.Data(Cell.Text("Verschil CBS/VB – MAT (0–100)"), Cell.Gap(gap.Gap));
        }

        if (split.HiddenReason is { } reason)
        {
            yield return ExportRow.Note(reason);
        }

        if (split.UncountedNotice is { } uncounted)
        {
            yield return ExportRow.Note(uncounted + ".");
        }

        yield return ExportRow.Blank;
    }

    private static string Summary(QuestionActivity activity, SplitResult split)
    {
        var parts = new List<string> { Prepare.Components.QuestionForm.TypeLabel(activity.Question.Type), Answers(split.Overall.Respondents) };
        if (split.Status == SplitStatus.Shown)
        {
            parts.AddRange(Shown.Select(s => $"{Sides.Label(s)} {split.RespondentsPerSide.GetValueOrDefault(s).ToString(CultureInfo.CurrentCulture)}"));
        }

        if (activity.Chapter is { } chapter)
        {
            parts.Add("hoofdstuk " + Afsprakennota.Label(chapter));
        }

        return string.Join(" · ", parts);
    }

    private static string Answers(int count) => count == 1 ? "1 antwoord" : $"{count.ToString(CultureInfo.CurrentCulture)} antwoorden";

    private static QuestionResult? SideResult(SplitResult split, Side side) => side switch
    {
        Side.CbsVb => split.CbsVb,
        Side.Mat => split.Mat,
        _ => split.Anders,
    };

    private static IEnumerable<ExportRow> Choice(SplitResult split)
    {
        yield return ExportRow.Header("Antwoord", "Totaal", "Totaal %", "CBS/VB", "CBS/VB %", "MAT", "MAT %", "Anders", "Anders %");
        var overall = (ChoiceResult)split.Overall;
        foreach (var option in overall.Counts)
        {
            var cells = new List<ExportCell?> { Cell.Text(option.Label), Cell.Whole(option.Count), Cell.Percent(option.Count, overall.Respondents) };
            foreach (var side in Shown)
            {
                var result = SideResult(split, side) as ChoiceResult;
                var count = result?.Counts.FirstOrDefault(c => c.OptionId == option.OptionId)?.Count;
                cells.Add(count is { } n ? Cell.Whole(n) : null);
                cells.Add(count is { } m ? Cell.Percent(m, result!.Respondents) : null);
            }

            yield return new ExportRow(RowStyle.Data, cells);
        }
    }

    private static IEnumerable<ExportRow> Scale(SplitResult split)
    {
        var overall = (ScaleResult)split.Overall;
        var values = Enumerable.Range(overall.Scale.Min, overall.Scale.Max - overall.Scale.Min + 1).Select(v => v.ToString(CultureInfo.CurrentCulture));
        yield return ExportRow.Header(["Stelling", "Antwoorden", "Gemiddelde", "CBS/VB gemiddelde", "MAT gemiddelde", "Anders gemiddelde", "Verschil CBS/VB – MAT", .. values]);
        foreach (var statement in overall.Statements)
        {
            var cells = new List<ExportCell?> { Cell.Text(statement.Label), Cell.Whole(statement.Respondents), Mean(statement.Mean) };
            foreach (var side in Shown)
            {
                var mean = (SideResult(split, side) as ScaleResult)?.Statements.FirstOrDefault(s => s.StatementId == statement.StatementId)?.Mean;
                cells.Add(Mean(mean));
            }

            var gap = split.Gaps.FirstOrDefault(g => g.StatementId == statement.StatementId);
            cells.Add(gap is null ? null : Cell.Gap(gap.Gap));
            cells.AddRange(statement.Distribution.Select(n => (ExportCell?)Cell.Whole(n)));
            yield return new ExportRow(RowStyle.Data, cells);
        }

        yield return ExportRow.Note($"Schaal van {overall.Scale.Min} ({overall.Scale.LowLabel}) tot {overall.Scale.Max} ({overall.Scale.HighLabel}); de laatste kolommen tellen hoe vaak elke waarde gegeven werd.");
    }

    private static NumberCell? Mean(double? mean) => mean is { } m ? Cell.Mean(m) : null;

    /// <summary>Per side counted from the answers themselves: a side's own top 50 could leave out a word of the overall cloud.</summary>
    private static IEnumerable<ExportRow> Words(Question question, SplitResult split, ExportFacts facts)
    {
        yield return ExportRow.Header("Woord", "Totaal", "CBS/VB", "MAT", "Anders");
        var bySide = new Dictionary<Side, Dictionary<string, int>>();
        foreach (var answer in facts.CountedAnswers(question))
        {
            var side = answer.Side;
            var counts = bySide.TryGetValue(side, out var known) ? known : bySide[side] = new(StringComparer.Ordinal);
            foreach (var word in answer.Content.Texts.Select(WordNormalizer.Normalize).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        foreach (var word in ((WordCloudResult)split.Overall).Words)
        {
            var cells = new List<ExportCell?> { Cell.Text(word.Display), Cell.Whole(word.Count) };
            cells.AddRange(Shown.Select(side => SideResult(split, side) is null
                ? null
                : (ExportCell?)Cell.Whole(bySide.GetValueOrDefault(side)?.GetValueOrDefault(word.Word) ?? 0)));
            yield return new ExportRow(RowStyle.Data, cells);
        }
    }

    /// <summary>
    /// The approved cards, then what nobody moderated: the answers still waiting for the facilitator, or every
    /// answer of a question without moderation. Each marked, sorted by text (never by time: see Ruwe antwoorden).
    /// </summary>
    private static IEnumerable<ExportRow> Cards(Question question, SplitResult split, ExportFacts facts)
    {
        yield return ExportRow.Header("Antwoord", "Aantal", "Moderatie");
        var compare = StringComparer.Create(CultureInfo.GetCultureInfo("nl-BE"), CompareOptions.None);
        if (!question.Moderated)
        {
            foreach (var group in facts.CountedAnswers(question).GroupBy(a => (a.Content.Texts.Count > 0 ? a.Content.Texts[0] : string.Empty), StringComparer.Ordinal).OrderBy(g => g.Key, compare))
            {
                yield return ExportRow.Data(Cell.Text(group.Key), Cell.Whole(group.Count()), Cell.Text(NotModerated));
            }

            yield return ExportRow.Note("Deze vraag werd niet gemodereerd: elk antwoord staat er zoals het binnenkwam.");
            yield break;
        }

        foreach (var card in ((OpenTextResult)split.Overall).Cards)
        {
            yield return ExportRow.Data(Cell.Text(card.Text), Cell.Whole(card.Count), Cell.Text("goedgekeurd"));
        }

        var waiting = facts.CountedAnswers(question).Where(a => facts.Moderation.StatusOf(a) == ModerationStatus.Pending)
            .GroupBy(a => (a.Content.Texts.Count > 0 ? a.Content.Texts[0] : string.Empty), StringComparer.Ordinal).OrderBy(g => g.Key, compare);
        foreach (var group in waiting)
        {
            yield return ExportRow.Data(Cell.Text(group.Key), Cell.Whole(group.Count()), Cell.Text(NotReviewed));
        }

        yield return ExportRow.Note($"Aantal: het antwoord zelf plus de dubbels die erin samengevoegd werden. ‘{NotReviewed}’: nooit goedgekeurd of verborgen, dus niet op het scherm getoond. Alle antwoorden staan in Ruwe antwoorden.");
    }

    public const string NotModerated = "niet gemodereerd";

    public const string NotReviewed = "niet beoordeeld";

    /// <summary>A points question without a chapter whose options are the chapters (the default day's 100 points): one line on each chapter's sheet.</summary>
    public static bool SharesOut(Activity activity, AfsprakennotaChapter chapter) =>
        activity is QuestionActivity { Chapter: null, Question: { Type: QuestionType.Points } question } && question.FindOption(Afsprakennota.Key(chapter)) is not null;

    /// <summary>This chapter's line of a points question over the chapters; the whole question is on Resultaten.</summary>
    public static IEnumerable<ExportRow> ChapterShare(QuestionActivity activity, AfsprakennotaChapter chapter, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(facts);
        var question = activity.Question;
        if (!SharesOut(activity, chapter))
        {
            yield break;
        }

        yield return ExportRow.Section(facts.Heading(activity, question.Text));
        if (facts.IsOpen(question.Id))
        {
            yield return ExportRow.Note(ExportLabels.StillOpen);
            yield return ExportRow.Blank;
            yield break;
        }

        var split = facts.Split(question);
        yield return ExportRow.Note(Summary(activity, split) + " · hier enkel dit hoofdstuk, de hele verdeling staat op Resultaten");
        var key = Afsprakennota.Key(chapter);
        foreach (var row in Points(split).Where(r => r.Style != RowStyle.Data || (r.Cells[0] as TextCell)?.Text == question.FindOption(key)!.Label))
        {
            yield return row;
        }

        if (split.HiddenReason is { } reason)
        {
            yield return ExportRow.Note(reason);
        }

        yield return ExportRow.Blank;
    }

    private static IEnumerable<ExportRow> Ranking(SplitResult split)
    {
        yield return ExportRow.Header("Item", "Punten", "Gemiddelde rang", "CBS/VB gem. rang", "MAT gem. rang", "Anders gem. rang");
        foreach (var item in ((RankingResult)split.Overall).Items)
        {
            var cells = new List<ExportCell?> { Cell.Text(item.Label), Cell.Whole(item.Points), Mean(AverageRank(split.Overall, item.OptionId)) };
            cells.AddRange(Shown.Select(side => Mean(AverageRank(SideResult(split, side), item.OptionId))));
            yield return new ExportRow(RowStyle.Data, cells);
        }

        yield return ExportRow.Note("Rang 1 is de beste. Punten: K−1 voor de eerste plaats tot 0 voor de laatste, opgeteld.");
    }

    private static IEnumerable<ExportRow> Points(SplitResult split)
    {
        yield return ExportRow.Header("Optie", "Totaal punten", "Gemiddelde", "CBS/VB gemiddelde", "MAT gemiddelde", "Anders gemiddelde");
        foreach (var item in ((PointsResult)split.Overall).Items)
        {
            var cells = new List<ExportCell?> { Cell.Text(item.Label), Cell.Whole(item.Total), Mean(AveragePoints(split.Overall, item.OptionId)) };
            cells.AddRange(Shown.Select(side => Mean(AveragePoints(SideResult(split, side), item.OptionId))));
            yield return new ExportRow(RowStyle.Data, cells);
        }
    }

    // The tally gives 0 as the average of nobody; the sheet leaves the cell empty, like a side it does not show.
    private static double? AverageRank(QuestionResult? result, string optionId) =>
        result is RankingResult { Respondents: > 0 } ranking ? ranking.Items.FirstOrDefault(i => i.OptionId == optionId)?.AverageRank : null;

    private static double? AveragePoints(QuestionResult? result, string optionId) =>
        result is PointsResult { Respondents: > 0 } points ? points.Items.FirstOrDefault(i => i.OptionId == optionId)?.Average : null;
}
