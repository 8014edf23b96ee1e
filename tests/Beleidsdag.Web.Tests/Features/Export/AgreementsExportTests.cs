using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>What the facilitator recorded (delegations, the evaluation) as the secretary finds it in the workbook.</summary>
public sealed class AgreementsExportTests
{
    private static readonly DelegationsActivity Delegations = new("del", "Delegaties vandaag", DelegationRules.DefaultDomains) { Chapter = AfsprakennotaChapter.Delegaties };
    private static readonly EvaluationActivity Evaluation = new("eval", "Evaluatie van de afspraken") { Chapter = AfsprakennotaChapter.Werkafspraken };

    private static IReadOnlyList<ExportSheet> Workbook(bool recorded)
    {
        var snapshot = new DayBuilder().Add(Delegations).Add(Evaluation).Build();
        return AfsprakennotaContent.Build(recorded
            ? snapshot with
            {
                Delegations =
                [
                    new("del", "Personeel", "Aanstelling contractuelen", "Algemeen directeur", "CBS-besluit van 12/03/2025", "Maandelijks aan het college", "Ook niveau A"),
                    new("del", "Financieel", "Aankopen tot 8.500 euro", "MAT", "CBS-besluit van 02/04/2025", "Kwartaalrapport", ""),
                ],
                Evaluations = [new("eval", "Jaarlijks in december", "CBS en MAT samen", "Aanspreken door burgemeester en algemeen directeur", "Na 3 jaar")],
            }
            : snapshot, 3);
    }

    private static List<List<string>> Rows(IReadOnlyList<ExportSheet> sheets, string name) =>
        [.. sheets.Single(s => s.Name == name).Rows.Select(r => r.Cells.Select(c => (c as TextCell)?.Text ?? string.Empty).ToList())];

    [Fact]
    public void Delegaties_IsATableOfTheRecordedDomains_UnderThePresentationsAdvice()
    {
        var rows = Rows(Workbook(recorded: true), "Delegaties");

        Assert.Contains(rows, r => r.Count == 1 && r[0] == DelegationsBlock.Advice);
        var header = rows.FindIndex(r => r.SequenceEqual(DelegationRules.FieldLabels));
        Assert.True(header > 0);
        Assert.Equal(["Personeel", "Aanstelling contractuelen", "Algemeen directeur", "CBS-besluit van 12/03/2025", "Maandelijks aan het college", "Ook niveau A"], rows[header + 1]);
        Assert.Equal("Financieel", rows[header + 2][0]);
    }

    [Fact]
    public void Evaluation_IsOnItsChapter_WithTheReportingDuties_AndTheOverviewSaysWhatWasRecorded()
    {
        var sheets = Workbook(recorded: true);
        var rows = Rows(sheets, "Werkafspraken");

        Assert.Contains(["Wat gebeurt er bij een inbreuk op een afspraak?", "Aanspreken door burgemeester en algemeen directeur"], rows);
        Assert.Contains(rows, r => r.Count == 2 && r[0] == "Art. 219 DLB");
        var overview = Rows(sheets, "Overzicht");
        Assert.Equal("2 domeinen ingevuld", overview.Single(r => r.Count > 4 && r[1] == "Delegaties vandaag")[4]);
        Assert.Equal("ingevuld", overview.Single(r => r.Count > 4 && r[1] == "Evaluatie van de afspraken")[4]);
    }

    [Fact]
    public void NothingRecorded_SaysSo_InsteadOfAnEmptyTable()
    {
        var sheets = Workbook(recorded: false);

        Assert.Contains(["Nog niets ingevuld."], Rows(sheets, "Delegaties"));
        Assert.DoesNotContain(Rows(sheets, "Delegaties"), r => r.SequenceEqual(DelegationRules.FieldLabels));
        Assert.Equal("nog niet ingevuld", Rows(sheets, "Overzicht").Single(r => r.Count > 4 && r[1] == "Evaluatie van de afspraken")[4]);
    }
}
