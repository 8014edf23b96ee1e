using System.Text.RegularExpressions;
using Beleidsdag.Web.Features.Export;
using ClosedXML.Excel;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>The default day's workbook as the secretary reads it on screen, writing the afsprakennota from it.</summary>
public sealed partial class ReadingTests
{
    private static readonly Lazy<byte[]> File = new(() => Write(AfsprakennotaContent.Build(DefaultDay.Build(), SampleDay.MinimumPerSide)));

    [Fact]
    public void Tables_FreezeTheirHeaderRow_AndSheetsOfBlocksDoNotFreezeTheirTitle()
    {
        using var workbook = Open(File.Value);

        foreach (var sheet in workbook.Worksheets)
        {
            var isTable = sheet.Name is ExportLabels.Werkpunten or ExportLabels.RawAnswers;
            Assert.True((isTable ? 1 : 0) == sheet.SheetView.SplitRow, $"{sheet.Name}: frozen at row {sheet.SheetView.SplitRow}");
        }
    }

    [Fact]
    public void Werkpunten_OfOneExerciseNamedAfterItsPhases_HaveNoOefeningAndNoFaseColumn()
    {
        using var workbook = Open(File.Value);
        var header = workbook.Worksheet(ExportLabels.Werkpunten).Row(1).CellsUsed().Select(c => c.GetString()).ToList();

        Assert.Equal("Groep", header[0]);
        Assert.DoesNotContain("Oefening", header);
        Assert.DoesNotContain("Fase beleidscyclus", header);
    }

    [Fact]
    public void NoHeading_IsNumberedTwice()
    {
        using var workbook = Open(File.Value);
        var headings = workbook.Worksheets.SelectMany(s => s.RowsUsed().Select(r => r.Cell(1).GetString())).ToList();

        Assert.Contains("1. Waarden en normen in de samenwerking tussen CBS/VB en MAT", headings);
        Assert.DoesNotContain(headings, h => DoubleNumber().IsMatch(h));
    }

    [Fact]
    public void TheHundredPointsQuestion_IsOnEachChapterSheet_WithThatChaptersLine()
    {
        using var workbook = Open(File.Value);

        foreach (var (sheet, line) in new[] { ("Waarden en normen", "Gedeelde waarden en normen"), ("Rollen en taken", "Duidelijke rollen, taken en verwachtingen"), ("Teamwerking", "Teamwerking en samenwerkingscultuur") })
        {
            var text = Text(workbook.Worksheet(sheet));
            Assert.Contains("Verdeel 100 punten over de vijf voorwaarden", text, StringComparison.Ordinal);
            Assert.Contains(line + " | ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Gedegen werkafspraken | ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OpenAnswersNobodyModerated_AreOnTheirChapterSheet_MarkedAsSuch()
    {
        using var workbook = Open(File.Value);
        var rows = workbook.Worksheet("Communicatie").RowsUsed().ToList();

        var waiting = rows.Where(r => r.Cell(3).GetString() == "niet beoordeeld").ToList();
        Assert.Equal(14, waiting.Count); // the 2 of anders are fewer than 3: they count nowhere (docs/rules.md)
        Assert.Contains(waiting, r => r.Cell(1).GetString() == "We zouden vaker samen moeten zitten, antwoord 1.");
    }

    [Fact]
    public void OpenAnswersOfAnUnmoderatedQuestion_AreListed_MarkedNotModerated()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var rows = workbook.Worksheet("Communicatie").RowsUsed().Where(r => r.Cell(3).GetString() == "niet gemodereerd").ToList();

        Assert.Equal(SampleDay.Hostile.Length, rows.Count);
    }

    [Fact]
    public void AChapterSheet_ListsItsWerkpunten_HighestScoreFirst_WithDotsConsentAndStatusPerSide()
    {
        using var workbook = Open(File.Value);
        var sheet = workbook.Worksheet("Rollen en taken");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Werkpunt");
        var names = header.CellsUsed().Select(c => c.GetString()).ToList();
        int Column(string name) => names.IndexOf(name) + 1;
        var rows = sheet.Rows(header.RowNumber() + 1, header.RowNumber() + DefaultDay.Werkpunten).ToList();

        Assert.True(header.RowNumber() < sheet.RowsUsed().First(r => r.Cell(1).GetString().StartsWith("12. ", StringComparison.Ordinal)).RowNumber(), "the werkpunten come first");
        foreach (var column in new[] { "Stippen CBS/VB", "Stippen MAT", "Score", "Consent CBS/VB", "Consent MAT", "Status" })
        {
            Assert.Contains(column, names);
        }

        var scores = rows.Select(r => r.Cell(Column("Score")).GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.True(scores[0] > scores[^1]);
        Assert.All(rows, r => Assert.Equal("zichtbaar", r.Cell(Column("Status")).GetString()));
        Assert.All(rows, r => Assert.Equal("6 / 0 / 0", r.Cell(Column("Consent CBS/VB")).GetString()));
    }

    private static string Text(IXLWorksheet sheet) =>
        string.Join("\n", sheet.RowsUsed().Select(r => string.Join(" | ", r.CellsUsed().Select(c => c.GetString()))));

    private static XLWorkbook Open(byte[] file) => new(new MemoryStream(file));

    private static byte[] Write(IReadOnlyList<ExportSheet> sheets)
    {
        using var output = new MemoryStream();
        AfsprakennotaWorkbook.Write(sheets, output, "Beleidsdag — Zottegem");
        return output.ToArray();
    }

    [GeneratedRegex(@"^\d+\. \d+\. ")]
    private static partial Regex DoubleNumber();
}
