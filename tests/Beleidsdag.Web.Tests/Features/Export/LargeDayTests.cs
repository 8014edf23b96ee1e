using System.Diagnostics;
using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>
/// The size the issue names: 1,000 participants × 40 questions. The test checks the workbook is complete and prints
/// how long it took; the figure is reported in docs/performance.md, not asserted (no timed unit tests).
/// </summary>
public sealed class LargeDayTests(ITestOutputHelper output)
{
    [Fact]
    public void Export_OfAThousandParticipantsAndFortyQuestions_HasEveryRawAnswer()
    {
        var snapshot = DayBuilder.LargeDay(1000, 40);
        var total = Stopwatch.StartNew();

        var sheets = AfsprakennotaContent.Build(snapshot, SampleDay.MinimumPerSide);
        var rowsBuilt = total.Elapsed;
        using var file = new MemoryStream();
        AfsprakennotaWorkbook.Write(sheets, file, "Grote dag");

        output.WriteLine($"large day 1000 x 40: rows {rowsBuilt.TotalSeconds:F2} s, workbook {total.Elapsed.TotalSeconds:F2} s, {file.Length / 1024} KB, {sheets.Sum(s => s.Rows.Count)} rows");
        Assert.Equal(1 + 40_000, sheets.Single(s => s.Name == ExportLabels.RawAnswers).Rows.Count);
        Assert.True(file.Length > 0);
    }
}
