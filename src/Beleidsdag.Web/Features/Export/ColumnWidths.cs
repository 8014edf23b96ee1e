using System.Globalization;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Column widths from the content, in characters. ClosedXML's AdjustToContents needs GDI+, which Linux
/// does not have, so the width is the longest line a column holds, within bounds; longer text wraps.
/// A header wraps between its words, so only its longest word counts. In a table (one header row) a
/// column of short values gets an upright header instead (<see cref="UprightHeaders"/>): twenty columns
/// of figures then still fit one printed page wide at a size that can be read.
/// </summary>
public static class ColumnWidths
{
    public const double Min = 6;
    public const double Max = 40;

    /// <summary>A column whose values are at most this wide gets an upright header in a table.</summary>
    public const double Narrow = 12;

    public static IReadOnlyList<double> Of(ExportSheet sheet)
    {
        var (data, header) = Measure(sheet);
        var upright = UprightHeaders(sheet);
        return [.. data.Select((width, c) => upright.Contains(c) ? width : Math.Max(width, header[c]))];
    }

    /// <summary>The 0-based columns of a table whose header is written upright (rotated 90°).</summary>
    public static IReadOnlySet<int> UprightHeaders(ExportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.TableName is null)
        {
            return new HashSet<int>();
        }

        var (data, header) = Measure(sheet);
        return Enumerable.Range(0, data.Count).Where(c => data[c] <= Narrow && header[c] > data[c]).ToHashSet();
    }

    private static (List<double> Data, List<double> Header) Measure(ExportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var data = new List<double>();
        var header = new List<double>();
        // Titles, sections and notes run over the empty cells to their right: they do not set a width.
        foreach (var row in sheet.Rows.Where(r => r.Style is RowStyle.Data or RowStyle.Header))
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                while (data.Count <= c)
                {
                    data.Add(Min);
                    header.Add(Min);
                }

                if (row.Style == RowStyle.Header)
                {
                    // A header is bold and carries the filter button of a table.
                    header[c] = Math.Max(header[c], Math.Min(Max, LongestWord(row.Cells[c]) + 4));
                }
                else
                {
                    data[c] = Math.Max(data[c], Math.Min(Max, Length(row.Cells[c]) + 2));
                }
            }
        }

        return (data, header);
    }

    private static double Length(ExportCell? cell) => cell switch
    {
        TextCell text => LongestLine(text.Text),
        NumberCell number => number.Format == NumberFormats.Percent ? 5 : Math.Max(4, Math.Abs(number.Value).ToString("0.0", CultureInfo.InvariantCulture).Length),
        DateCell date => date.Format == NumberFormats.LongDate ? 18 : date.Format == NumberFormats.DateTime ? 16 : 10,
        _ => 0,
    };

    private static int LongestWord(ExportCell? cell) =>
        cell is TextCell text ? text.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max() : (int)Length(cell);

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
