using System.Globalization;
using System.Text.RegularExpressions;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Export;
using Beleidsdag.Web.Features.Present.Components;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>
/// One day, read twice: the figures the screen shows (its components rendered with bUnit) and the cells of the
/// workbook. 8 answer Ja 5, Nee 2, Weet niet 1 (62,5%, 25%, 12,5%); CBS/VB 1-1-1 and MAT 4-1-0 are 46⅔ apart.
/// </summary>
public sealed partial class OneRoundingTests
{
    private static readonly Question Question = DayBuilder.Question("q1", QuestionType.YesNo, "Is de inhoud van de nota gedragen?", "Ja", "Nee", "Weet niet");

    [Fact]
    public async Task TheScreenAndTheWorkbook_ShowTheSamePercentagesAndGap()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        var day = new DayBuilder();
        var cbs = day.People(Side.CbsVb, 3, "cbs");
        var mat = day.People(Side.Mat, 5, "mat");
        day.Ask(Question)
            .Choose(Question, cbs.Take(1), "Ja").Choose(Question, cbs.Skip(1).Take(1), "Nee").Choose(Question, cbs.Skip(2), "Weet niet")
            .Choose(Question, mat.Take(4), "Ja").Choose(Question, mat.Skip(4), "Nee");
        var snapshot = day.Build();
        var split = new ExportFacts(snapshot, SampleDay.MinimumPerSide).Split(Question);
        await using var ctx = TestServices.NewContext();

        var bars = ctx.Render<ChoiceBars>(p => p.Add(c => c.Result, (ChoiceResult)split.Overall));
        var gapLine = ctx.Render<GapLine>(p => p.Add(c => c.Gaps, split.Gaps));
        var screenPercents = bars.FindAll("[data-testid=result-row]").Select(r => int.Parse(Percent().Match(r.TextContent).Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var screenGap = int.Parse(gapLine.Find("[data-testid=gap-line] strong").TextContent, CultureInfo.InvariantCulture);
        using var workbook = SampleDay.WriteAndOpen(AfsprakennotaContent.Build(snapshot, SampleDay.MinimumPerSide));
        var sheet = workbook.Worksheet(ExportLabels.Results);
        var rows = sheet.RowsUsed().ToList();
        var cells = new[] { "Ja", "Nee", "Weet niet" }.Select(label => rows.First(r => r.Cell(1).GetString() == label).Cell(3).GetDouble()).ToList();
        var gap = rows.First(r => r.Cell(1).GetString().StartsWith("Verschil CBS/VB", StringComparison.Ordinal)).Cell(2).GetDouble();

        Assert.Equal([63, 25, 13], screenPercents);
        Assert.Equal(screenPercents.Select(p => p / 100d), cells);
        Assert.Equal(47, screenGap);
        Assert.Equal(screenGap, gap);
    }

    [Theory]
    [InlineData(5, 8, 63)]
    [InlineData(1, 8, 13)]
    [InlineData(2, 8, 25)]
    [InlineData(1, 3, 33)]
    [InlineData(0, 0, 0)]
    public void Percent_RoundsAHalfAwayFromZero(int count, int total, int percent) =>
        Assert.Equal(percent, Rounding.Percent(count, total));

    [Theory]
    [InlineData(3.75, 3.8)]
    [InlineData(2.675, 2.7)]
    [InlineData(46.65, 46.7)]
    public void OneDecimal_RoundsAHalfAwayFromZero_AsTheNumberIsWritten(double value, double rounded) =>
        Assert.Equal(rounded, Rounding.OneDecimal(value));

    [GeneratedRegex(@"\((\d+)%\)")]
    private static partial Regex Percent();
}
