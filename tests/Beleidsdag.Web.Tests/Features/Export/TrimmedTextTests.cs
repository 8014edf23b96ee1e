using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>
/// docs/export.md: text is stored as typed minus the whitespace around it, and the export never makes a
/// formula of it. " =1+1" is accepted as "=1+1" and reaches the workbook as that text, with Excel's quote prefix.
/// </summary>
public sealed class TrimmedTextTests
{
    [Fact]
    public void AnAnswerWithSpacesTabsAndLineBreaksBeforeAnEqualsSign_IsStoredTrimmed_AndExportedAsText()
    {
        var question = DayBuilder.Question("q1", QuestionType.OpenText, "Wat moet er beter?") with { Moderated = false };
        var accepted = AnswerRules.Clean(AnswerContent.Text(" \t\r\n =1+1 \n"));
        var day = new DayBuilder();
        var people = day.People(Side.Mat, 3, "mat");
        day.Ask(question).Answer(people[0], question, accepted);

        using var workbook = SampleDay.WriteAndOpen(AfsprakennotaContent.Build(day.Build(), SampleDay.MinimumPerSide));
        var cell = workbook.Worksheet(ExportLabels.RawAnswers).Cell(2, 5);

        Assert.Equal("=1+1", accepted.Texts[0]);
        Assert.Equal("=1+1", cell.GetString());
        Assert.False(cell.HasFormula);
        Assert.True(cell.Style.IncludeQuotePrefix);
    }
}
