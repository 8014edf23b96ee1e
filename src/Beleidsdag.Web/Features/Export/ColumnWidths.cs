namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Column widths from the content, in characters. ClosedXML's AdjustToContents needs GDI+, which Linux
/// does not have, so the width is the longest line a column holds, within bounds; longer text wraps.
/// </summary>
public static class ColumnWidths
{
    public const double Min = 6;
    public const double Max = 60;

    public static IReadOnlyList<double> Of(ExportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var widths = new List<double>();
        // Titles, sections and notes run over the empty cells to their right: they do not set a width.
        foreach (var row in sheet.Rows.Where(r => r.Style is RowStyle.Data or RowStyle.Header))
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                while (widths.Count <= c)
                {
                    widths.Add(Min);
                }

                // A header is bold and carries the filter button of a table.
                var extra = row.Style == RowStyle.Header ? 4 : 2;
                widths[c] = Math.Max(widths[c], Math.Min(Max, Length(row.Cells[c]) + extra));
            }
        }

        return widths;
    }

    private static double Length(ExportCell? cell) => cell switch
    {
        TextCell text => LongestLine(text.Text),
        NumberCell number => number.Format == NumberFormats.Percent ? 5 : Math.Max(4, Math.Abs(number.Value).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Length),
        DateCell date => date.Format == NumberFormats.LongDate ? 18 : date.Format == NumberFormats.DateTime ? 16 : 10,
        _ => 0,
    };

    private static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }
}
