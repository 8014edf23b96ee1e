using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>A werkpunt is listed on the sheet of the chapter stored on it, not on its exercise's.</summary>
public sealed class WerkpuntChapterExportTests
{
    [Fact]
    public void Werkpunt_MovedToDelegaties_IsListedThere_AndNoLongerUnderRollenEnTaken()
    {
        var day = new DayBuilder();
        var exercise = DayBuilder.BeleidscyclusExercise(AfsprakennotaChapter.RollenEnTaken);
        day.Add(exercise);
        day.Werkpunt(exercise, 0, "Adviesvraag komt te laat");
        day.InChapter(day.Werkpunt(exercise, 1, "Delegatie aankopen is onduidelijk"), AfsprakennotaChapter.Delegaties);

        var sheets = AfsprakennotaContent.Build(day.Build(), 3);

        Assert.Contains("Delegatie aankopen is onduidelijk", Texts(sheets, "Delegaties"));
        Assert.DoesNotContain("Adviesvraag komt te laat", Texts(sheets, "Delegaties"));
        Assert.Contains("Adviesvraag komt te laat", Texts(sheets, "Rollen en taken"));
        Assert.DoesNotContain("Delegatie aankopen is onduidelijk", Texts(sheets, "Rollen en taken"));
    }

    [Fact]
    public void Werkpunten_HaveTheirChapter_AndTheirTermijnAsADateToSortOn_NextToTheLabelAsTyped()
    {
        var day = new DayBuilder();
        var exercise = DayBuilder.BeleidscyclusExercise();
        day.Add(exercise);
        day.Revise(day.Werkpunt(exercise, 0, "Adviesvraag komt te laat"), w => w with { Content = w.Content with { Term = "Q1 2027" }, TermDate = new DateOnly(2027, 3, 31) });
        day.Revise(day.Werkpunt(exercise, 1, "Oud werkpunt"), w => w with { Content = w.Content with { Term = "binnen 6 maanden" } });
        day.Werkpunt(exercise, 2, "Vaag werkpunt");

        var sheet = AfsprakennotaContent.Build(day.Build(), 3).Single(s => s.Name == "Werkpunten");
        var header = sheet.Rows[0].Cells.OfType<TextCell>().Select(c => c.Text).ToList();
        ExportCell? Cell(string werkpunt, string column) =>
            sheet.Rows.Single(r => r.Cells.ElementAtOrDefault(header.IndexOf("Werkpunt")) is TextCell t && t.Text == werkpunt).Cells[header.IndexOf(column)];

        Assert.Equal("Q1 2027", Assert.IsType<TextCell>(Cell("Adviesvraag komt te laat", "Termijn")).Text);
        Assert.Equal(new DateTime(2027, 3, 31), Assert.IsType<DateCell>(Cell("Adviesvraag komt te laat", "Termijn (datum)")).Value);
        // Stored before dates were kept: read again from the label, counted from the day (28/11/2026).
        Assert.Equal(new DateTime(2027, 5, 28), Assert.IsType<DateCell>(Cell("Oud werkpunt", "Termijn (datum)")).Value);
        Assert.Null(Cell("Vaag werkpunt", "Termijn (datum)"));
        Assert.Equal("Rollen en taken", Assert.IsType<TextCell>(Cell("Vaag werkpunt", "Hoofdstuk")).Text);
    }

    private static List<string> Texts(IReadOnlyList<ExportSheet> sheets, string name) =>
        [.. sheets.Single(s => s.Name == name).Rows.SelectMany(r => r.Cells).OfType<TextCell>().Select(c => c.Text)];
}
