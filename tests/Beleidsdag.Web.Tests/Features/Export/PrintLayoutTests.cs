using Beleidsdag.Web.Features.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>
/// The workbook of a whole default day as a printer and a strict reader see it: the page setup read from the
/// file's own XML (not from ClosedXML, which could agree with itself), and the Open XML SDK's validator.
/// </summary>
public sealed class PrintLayoutTests
{
    private static readonly Lazy<byte[]> File = new(() => Write(DefaultDay.Build()));

    [Fact]
    public void EverySheet_PrintsOnA4_OnePageWide_WithItsHeaderRowOnEveryPage()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(File.Value), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var printTitles = workbook.Workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList() ?? [];

        Assert.Equal(10, sheets.Count);
        for (var i = 0; i < sheets.Count; i++)
        {
            var name = sheets[i].Name!.Value!;
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheets[i].Id!)).Worksheet;
            var setup = Assert.Single(worksheet.Elements<PageSetup>());
            Assert.True(9u == setup.PaperSize?.Value, $"{name}: A4 is paper size 9, was {setup.PaperSize?.Value}");
            Assert.True(1u == (setup.FitToWidth?.Value ?? 1), $"{name}: one page wide");
            Assert.True(0u == setup.FitToHeight?.Value, $"{name}: as many pages tall as needed");
            Assert.True(worksheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value == true, $"{name}: fit to page is on");
            var titles = Assert.Single(printTitles, d => d.LocalSheetId?.Value == (uint)i);
            Assert.Matches(@"^('[^']+'|[^ !']+)!\$?1:\$?\d+$", titles.Text);
        }
    }

    [Fact]
    public void WideSheets_PrintLandscape_NarrowOnesPortrait()
    {
        var narrow = new ExportSheet("Smal", [ExportRow.Header("Nr", "Naam"), ExportRow.Data(Web.Features.Export.Cell.Whole(1), Web.Features.Export.Cell.Text("Overleg"))]) { TableName = "Smal" };
        using var output = new MemoryStream();
        AfsprakennotaWorkbook.Write([narrow], output, "Smal");

        Assert.Equal(OrientationValues.Landscape, Orientation(File.Value, ExportLabels.Werkpunten));
        Assert.Equal(OrientationValues.Landscape, Orientation(File.Value, ExportLabels.RawAnswers));
        Assert.Equal(OrientationValues.Portrait, Orientation(output.ToArray(), "Smal"));
    }

    [Fact]
    public void TheFile_HasNoErrors_ForTheOpenXmlValidator()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(File.Value), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    private static OrientationValues? Orientation(byte[] file, string name)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Elements<PageSetup>().Single().Orientation?.Value;
    }

    private static byte[] Write(Web.Live.ExportSnapshot snapshot)
    {
        using var output = new MemoryStream();
        AfsprakennotaWorkbook.Write(AfsprakennotaContent.Build(snapshot, SampleDay.MinimumPerSide), output, "Beleidsdag — Zottegem");
        return output.ToArray();
    }
}
