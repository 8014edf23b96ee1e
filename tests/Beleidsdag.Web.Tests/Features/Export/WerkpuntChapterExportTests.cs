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

    private static List<string> Texts(IReadOnlyList<ExportSheet> sheets, string name) =>
        [.. sheets.Single(s => s.Name == name).Rows.SelectMany(r => r.Cells).OfType<TextCell>().Select(c => c.Text)];
}
