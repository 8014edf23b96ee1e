namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Row heights in points, estimated from the text and the column widths. Excel grows a row without a
/// height to fit its wrapped text when it shows it, but LibreOffice does not when it opens an .xlsx (and
/// so prints wrapped text over the next row); ClosedXML cannot measure text on Linux (no GDI+). The
/// estimate wraps at word boundaries. A column's width is counted in widths of the digit 0; LibreOffice
/// fits about 1.1 average letters in one, the estimate counts 1.05: a line too many is white space, a line
/// too few is text cut off.
/// </summary>
public static class RowHeights
{
    /// <summary>One line of Calibri 11.</summary>
    public const double Line = 15;

    /// <summary>About the height of one bold character of Calibri 11 written upright, in points (LibreOffice broke "Opmerkingen" at 5.6).</summary>
    public const double UprightCharacter = 6.6;

    /// <summary>Average letters per unit of column width (the width of a 0).</summary>
    public const double LettersPerWidth = 1.05;

    public static double Of(ExportRow row, IReadOnlyList<double> widths, IReadOnlySet<int> upright)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(upright);
        switch (row.Style)
        {
            case RowStyle.Title:
                return 21;
            case RowStyle.Section:
                return 18;
            case RowStyle.Note:
                return Line;
        }

        var height = Line;
        for (var c = 0; c < row.Cells.Count && c < widths.Count; c++)
        {
            if (row.Cells[c] is not TextCell text)
            {
                continue;
            }

            height = Math.Max(height, row.Style == RowStyle.Header && upright.Contains(c)
                ? Upright(text.Text, widths[c])
                : Lines(text.Text, widths[c] * LettersPerWidth) * Line);
        }

        return Math.Min(height, 409); // Excel's tallest row
    }

    /// <summary>How many lines the text takes in a column this many characters wide.</summary>
    public static int Lines(string text, double width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var room = Math.Max(1, (int)Math.Floor(width));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0;
            foreach (var word in paragraph.Split(' '))
            {
                var length = word.Length;
                if (used > 0 && used + 1 + length > room)
                {
                    lines++;
                    used = 0;
                }

                // A word longer than the column is broken over several lines.
                lines += Math.Max(0, (length - 1) / room);
                used = used == 0 ? length % room : used + 1 + length;
            }
        }

        return Math.Max(1, lines);
    }

    /// <summary>An upright header wraps into as many vertical lines as the column's width holds.</summary>
    private static double Upright(string text, double width)
    {
        var columns = Math.Max(1, (int)Math.Floor(width * 7 * 0.75 / Line));
        var length = (int)Math.Ceiling((double)text.Length / columns) + 2;
        var longestWord = text.Split(' ').Max(w => w.Length) + 1;
        return Math.Max(length, longestWord) * UprightCharacter;
    }
}
