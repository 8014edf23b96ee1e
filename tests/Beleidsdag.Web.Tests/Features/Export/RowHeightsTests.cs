using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>LibreOffice keeps a row one line tall unless the file says otherwise: wrapped text then prints over the next row.</summary>
public sealed class RowHeightsTests
{
    [Theory]
    [InlineData("Overleg", 20, 1)]
    [InlineData("Een vaste planning van de adviezen delen", 20, 3)]
    [InlineData("• Planning delen\n• Vaste adviestermijn", 40, 2)]
    [InlineData("Ondoorbrekelijkwoordzonderspaties", 10, 4)]
    public void Lines_WrapAtWords_AndAtLineBreaks(string text, double width, int lines) =>
        Assert.Equal(lines, RowHeights.Lines(text, width));

    [Fact]
    public void ARowWithWrappedText_IsAsTallAsItsTallestCell()
    {
        var row = ExportRow.Data(Cell.Text("kort"), Cell.Text("een\ntekst\nover\nvier regels"));

        Assert.Equal(4 * RowHeights.Line, RowHeights.Of(row, [10, 20], new HashSet<int>()));
    }
}
