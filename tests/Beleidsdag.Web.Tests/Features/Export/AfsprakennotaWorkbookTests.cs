using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Export;
using ClosedXML.Excel;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>
/// The written file, opened again with ClosedXML as a reader would open it. These tests run on Linux
/// without GDI+, so they also prove the export does not need it.
/// </summary>
public sealed class AfsprakennotaWorkbookTests
{
    [Fact]
    public void Workbook_HasTheOverviewTheSixChaptersAndTheThreeLists_InThatOrder()
    {
        using var workbook = SampleDay.WriteAndOpen();

        Assert.Equal(
            ["Overzicht", "Waarden en normen", "Rollen en taken", "Delegaties", "Communicatie", "Werkafspraken", "Teamwerking", "Werkpunten", "Resultaten", "Ruwe antwoorden"],
            workbook.Worksheets.Select(w => w.Name));
        Assert.All(workbook.Worksheets, w => Assert.True(w.Name.Length <= 31));
    }

    [Fact]
    public void Overview_HasTheMunicipalityARealDateAndParticipantsPerSide()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Overzicht");

        Assert.Equal("Zottegem", ValueNextTo(sheet, "Gemeente").GetString());
        var date = ValueNextTo(sheet, "Datum");
        Assert.Equal(XLDataType.DateTime, date.DataType);
        Assert.Equal(new DateTime(2026, 11, 28), date.GetDateTime());
        Assert.Contains("[$-813]", date.Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.Equal(12, ValueNextTo(sheet, "Deelnemers").GetDouble());
        Assert.Equal(4, ValueNextTo(sheet, "  CBS/VB").GetDouble());
        Assert.Equal(5, ValueNextTo(sheet, "  MAT").GetDouble());
        Assert.Equal(3, ValueNextTo(sheet, "  Anders").GetDouble());
    }

    [Fact]
    public void Overview_ListsEveryAgendaItem_WithItsChapterAndWhatHappened()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Overzicht");

        var info = RowStartingWith(sheet, 2, "Waarom deze dag");
        Assert.Equal("Info", info.Cell(3).GetString());
        Assert.Equal("Teamwerking", info.Cell(4).GetString());
        var question = RowStartingWith(sheet, 2, SampleDay.Carried.Text);
        Assert.Equal("Waarden en normen", question.Cell(4).GetString());
        Assert.Equal("gesloten, resultaten getoond · 9 antwoorden", question.Cell(5).GetString());
        Assert.Equal("Rollen en taken", RowStartingWith(sheet, 2, SampleDay.Exercise.Title).Cell(4).GetString());
    }

    [Fact]
    public void Overview_QuotesTheNotasPartiesAndLegalBasis_AndTheReportingDuties()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Overzicht");

        var article171 = ValueNextTo(sheet, "Artikel 171, § 2 DLB").GetString();
        Assert.Contains("Door algemeen directeur mede namens het managementteam met het CBS, BCSD, vast bureau, de burgemeester", article171, StringComparison.Ordinal);
        Assert.Equal("CBS en vast bureau sluiten de afsprakennota af conform artikel 171.", ValueNextTo(sheet, "Artikel 56 en 84 DLB").GetString());
        Assert.Contains("tweemaal per jaar", ValueNextTo(sheet, "Art. 257 en 263 DLB").GetString(), StringComparison.Ordinal);
        Assert.Contains("organisatiebeheersing aan de raad", ValueNextTo(sheet, "Art. 219 DLB").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_ShowCountsAndPercentagesPerSide_AsNumbers()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Resultaten");
        var block = RowStartingWith(sheet, 1, "2. " + SampleDay.Carried.Text).RowNumber();
        var ja = sheet.Row(block + 3);

        Assert.Equal("Ja", ja.Cell(1).GetString());
        // Excel keeps 15 significant digits.
        Assert.Equal([4, 0.44, 3, 0.75, 1, 0.2], new[] { 2, 3, 4, 5, 6, 7 }.Select(c => Math.Round(ja.Cell(c).GetDouble(), 6)));
        Assert.StartsWith("0%", ja.Cell(3).Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.True(ja.Cell(8).IsEmpty(), "nobody of anders answered: no anders column");
        var gap = RowStartingWith(sheet, 1, "Verschil CBS/VB – MAT (0–100)", after: block);
        Assert.Equal(55, gap.Cell(2).GetDouble());
    }

    [Fact]
    public void Results_ASideOfTwo_ShowsNoSplitAtAll()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Resultaten");
        var block = RowStartingWith(sheet, 1, "3. " + SampleDay.Rare.Text).RowNumber();
        var weekly = sheet.Row(block + 3);

        Assert.Equal("Wekelijks", weekly.Cell(1).GetString());
        Assert.Equal(2, weekly.Cell(2).GetDouble());
        Assert.All(Enumerable.Range(4, 6), c => Assert.True(weekly.Cell(c).IsEmpty()));
        Assert.DoesNotContain("CBS/VB 2", sheet.Row(block + 1).Cell(1).GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Geen opsplitsing", RowStartingWith(sheet, 1, "Geen opsplitsing", after: block).Cell(1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_ARankingOrPointsQuestionNobodyAnswered_ShowsNoAverages_NotZero()
    {
        var ranking = DayBuilder.Question("r1", QuestionType.Ranking, "Wat eerst aanpakken?", "Planning", "Adviezen");
        var points = DayBuilder.Question("p1", QuestionType.Points, "Verdeel je punten", "Planning", "Adviezen");
        var day = new DayBuilder();
        day.People(Side.CbsVb, 4, "cbs");
        day.Ask(ranking).Ask(points);
        using var workbook = SampleDay.WriteAndOpen(AfsprakennotaContent.Build(day.Build(), SampleDay.MinimumPerSide));
        var sheet = workbook.Worksheet("Resultaten");

        foreach (var (question, number) in new[] { (ranking, 1), (points, 2) })
        {
            var block = RowStartingWith(sheet, 1, $"{number}. {question.Text}").RowNumber();
            var planning = RowStartingWith(sheet, 1, "Planning", after: block);
            Assert.Equal(0, planning.Cell(2).GetDouble());
            Assert.True(planning.Cell(3).IsEmpty(), $"{question.Type}: an average of nobody is no number, not 0,00");
        }
    }

    [Fact]
    public void RawAnswers_HaveNoParticipantColumn_AndOneRowPerAnswer()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Ruwe antwoorden");

        Assert.Equal(["Nr", "Vraag", "Soort", "Kant", "Antwoord", "Moderatie"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(1 + 9 + 6 + 12, sheet.LastRowUsed().RowNumber());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.Tables.Any(), "the answers are an Excel table with filters");
    }

    [Fact]
    public void RawAnswers_SideIsBlank_OnlyWhereTheQuestionIsUnderTheMinimum()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var rows = workbook.Worksheet("Ruwe antwoorden").RowsUsed().Skip(1).ToList();

        var carried = rows.Where(r => r.Cell(2).GetString() == SampleDay.Carried.Text).ToList();
        var rare = rows.Where(r => r.Cell(2).GetString() == SampleDay.Rare.Text).ToList();
        Assert.Equal(4, carried.Count(r => r.Cell(4).GetString() == "CBS/VB"));
        Assert.Equal(5, carried.Count(r => r.Cell(4).GetString() == "MAT"));
        Assert.Equal(6, rare.Count);
        Assert.All(rare, r => Assert.Equal(string.Empty, r.Cell(4).GetString()));
    }

    [Fact]
    public void RawAnswers_AreSortedByQuestionAndAnswer_NotByParticipant()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var carried = workbook.Worksheet("Ruwe antwoorden").RowsUsed().Skip(1)
            .Where(r => r.Cell(2).GetString() == SampleDay.Carried.Text)
            .Select(r => (r.Cell(5).GetString(), r.Cell(4).GetString()));

        Assert.Equal(
            [("Ja", "CBS/VB"), ("Ja", "CBS/VB"), ("Ja", "CBS/VB"), ("Ja", "MAT"), ("Nee", "CBS/VB"), ("Nee", "MAT"), ("Nee", "MAT"), ("Nee", "MAT"), ("Weet niet", "MAT")],
            carried);
    }

    [Fact]
    public void HostileText_ComesBackAsTyped_AndNeverAsAFormula()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var answers = workbook.Worksheet("Ruwe antwoorden").RowsUsed().Skip(1)
            .Where(r => r.Cell(2).GetString() == SampleDay.Open.Text)
            .Select(r => r.Cell(5))
            .ToList();

        foreach (var (typed, expected) in SampleDay.Hostile)
        {
            var cell = Assert.Single(answers, c => c.GetString() == expected);
            Assert.False(cell.HasFormula, typed);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(CellText.NeedsQuotePrefix(expected), cell.Style.IncludeQuotePrefix);
        }

        Assert.True(answers.Single(c => c.GetString().StartsWith('=')).Style.IncludeQuotePrefix);
        Assert.True(answers.Single(c => c.GetString().StartsWith('\t')).Style.IncludeQuotePrefix);
    }

    [Fact]
    public void Werkpunten_AreOneTableWithFilters_EveryWerkpuntWithPhaseDotsAndConsent()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Werkpunten");
        var table = Assert.Single(sheet.Tables);
        var header = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        int Column(string name) => header.IndexOf(name) + 1;

        Assert.True(table.ShowAutoFilter);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(4, sheet.LastRowUsed().RowNumber());
        var advies = RowStartingWith(sheet, Column("Werkpunt"), "Adviesvraag komt te laat");
        Assert.Equal("Beleidsvoorbereiding", advies.Cell(Column("Groep")).GetString());
        Assert.Equal("• Planning delen\n• Vaste adviestermijn", advies.Cell(Column("Oplossingen")).GetString());
        Assert.Equal(7, advies.Cell(Column("+1")).GetDouble());
        Assert.Equal(12, advies.Cell(Column("Stippen CBS/VB")).GetDouble());
        Assert.Equal(0, advies.Cell(Column("Stippen MAT")).GetDouble());
        Assert.Equal(50, advies.Cell(Column("Score (gelijk gewicht)")).GetDouble());
        Assert.Equal("4 / 0 / 0", advies.Cell(Column("Consent CBS/VB")).GetString());
        Assert.Equal("ja", advies.Cell(Column("Gedragen door beide kanten")).GetString());
        var merged = RowStartingWith(sheet, Column("Werkpunt"), "Dubbel van adviesvraag");
        Assert.Equal("samengevoegd met: Adviesvraag komt te laat", merged.Cell(Column("Status")).GetString());
        var formula = sheet.Cell(RowStartingWith(sheet, Column("Groep"), "Beleidsuitvoering").RowNumber(), Column("Werkpunt"));
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", formula.GetString());
        Assert.False(formula.HasFormula);
        Assert.True(formula.Style.IncludeQuotePrefix);
    }

    [Fact]
    public void Chapters_HoldTheirTaggedItems_AndTheExerciseFeedsRollenEnTaken()
    {
        using var workbook = SampleDay.WriteAndOpen();

        Assert.NotNull(RowStartingWith(workbook.Worksheet("Waarden en normen"), 1, "2. " + SampleDay.Carried.Text));
        Assert.NotNull(RowStartingWith(workbook.Worksheet("Communicatie"), 1, "4. " + SampleDay.Open.Text));
        Assert.Equal("De afsprakennota regelt hoe CBS en MAT samenwerken.", RowStartingWith(workbook.Worksheet("Teamwerking"), 1, "De afsprakennota").Cell(1).GetString());
        var roles = workbook.Worksheet("Rollen en taken");
        Assert.Equal("Beleidsvoorbereiding", RowStartingWith(roles, 1, "Adviesvraag komt te laat").Cell(2).GetString());
        Assert.StartsWith("Geen onderdelen", RowStartingWith(workbook.Worksheet("Delegaties"), 1, "Geen onderdelen").Cell(1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_AreSizedFromTheirContent_WithinBounds()
    {
        using var workbook = SampleDay.WriteAndOpen();
        var sheet = workbook.Worksheet("Ruwe antwoorden");

        Assert.Equal(ColumnWidths.Max, sheet.Column(5).Width);
        Assert.InRange(sheet.Column(4).Width, ColumnWidths.Min, 12);
        Assert.True(sheet.Column(5).Style.Alignment.WrapText);
    }

    private static IXLCell ValueNextTo(IXLWorksheet sheet, string label) => RowStartingWith(sheet, 1, label).Cell(2);

    private static IXLRow RowStartingWith(IXLWorksheet sheet, int column, string text, int after = 0) =>
        sheet.RowsUsed().First(r => r.RowNumber() > after && r.Cell(column).GetString().StartsWith(text, StringComparison.Ordinal));
}
