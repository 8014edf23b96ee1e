using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Features.Export;

// The workbook as plain data: what each sheet holds, row by row, without ClosedXML. AfsprakennotaWorkbook
// only writes it, so what the export says is tested without opening a file.

/// <summary>One cell's content. Null in a row is an empty cell.</summary>
public abstract record ExportCell;

/// <summary>Short ways to make cells.</summary>
public static class Cell
{
    public static TextCell Text(string text) => new(text);

    public static NumberCell Whole(double value) => new(value, NumberFormats.Whole);

    public static NumberCell OneDecimal(double value) => new(value, NumberFormats.OneDecimal);

    /// <summary>
    /// A share as a number shown as a percent, rounded as the screen rounds it (Rounding: 5 of 8 → 0.63, 63%), so the
    /// cell holds what it shows; empty when there is nothing to divide by.
    /// </summary>
    public static NumberCell? Percent(int count, int total) => total == 0 ? null : new(Rounding.Percent(count, total) / 100d, NumberFormats.Percent);

    /// <summary>A gap (0–100) as the screen shows it: a whole number (46.7 → 47).</summary>
    public static NumberCell Gap(double gap) => Whole(Rounding.Whole(gap));

    /// <summary>A mean as the screen shows it: one decimal (3.75 → 3.8).</summary>
    public static NumberCell Mean(double mean) => OneDecimal(Rounding.OneDecimal(mean));
}

/// <summary>Text as it was accepted (TextCleaner): always written as text, never read as a number, date or formula.</summary>
public sealed record TextCell(string Text) : ExportCell;

/// <summary>A real number with an Excel format code (which Excel shows in the reader's locale: 3,7 in nl-BE).</summary>
public sealed record NumberCell(double Value, string Format) : ExportCell;

/// <summary>A real date (and time), local to the room, with a Dutch format.</summary>
public sealed record DateCell(DateTime Value, string Format) : ExportCell;

/// <summary>Excel format codes. Codes are stored in Excel's neutral syntax; Excel shows them in nl-BE as 3,7 and 28/11/2026.</summary>
public static class NumberFormats
{
    public const string Whole = "0";
    public const string OneDecimal = "0.0";
    public const string Percent = "0%";
    public const string Date = "dd/mm/yyyy";

    /// <summary>[$-813] is nl-BE: "28 november 2026".</summary>
    public const string LongDate = "[$-813]d mmmm yyyy";
    public const string DateTime = "dd/mm/yyyy hh:mm";
}

public enum RowStyle
{
    Data = 0,
    Title = 1,
    Section = 2,
    Header = 3,
    Note = 4,
}

public sealed record ExportRow(RowStyle Style, IReadOnlyList<ExportCell?> Cells)
{
    public static ExportRow Blank { get; } = new(RowStyle.Data, []);

    public static ExportRow Data(params ExportCell?[] cells) => new(RowStyle.Data, cells);

    public static ExportRow Header(params string[] labels) => new(RowStyle.Header, [.. labels.Select(Cell.Text)]);

    public static ExportRow Title(string text) => new(RowStyle.Title, [Cell.Text(text)]);

    public static ExportRow Section(string text) => new(RowStyle.Section, [Cell.Text(text)]);

    public static ExportRow Note(string text) => new(RowStyle.Note, [Cell.Text(text)]);
}

/// <summary>
/// One worksheet. With <see cref="TableName"/> the sheet is one Excel table: row 1 the header, every
/// other row data (filters on every column). <see cref="FrozenRows"/> stay in view while scrolling: the
/// header row of a table, never a title alone. <see cref="RepeatedRows"/> are printed at the top of every page.
/// </summary>
public sealed record ExportSheet(string Name, IReadOnlyList<ExportRow> Rows)
{
    /// <summary>Excel refuses longer sheet names.</summary>
    public const int MaxNameLength = 31;

    public int FrozenRows { get; init; }

    /// <summary>The rows printed on every page: the header of a table, the title of a sheet of blocks.</summary>
    public int RepeatedRows { get; init; } = 1;

    public string? TableName { get; init; }
}

/// <summary>How a sheet is printed (AfsprakennotaWorkbook): widths in characters, margins in inches.</summary>
public static class PrintLayout
{
    /// <summary>
    /// About what an A4 portrait page holds between 0.5" margins in Calibri 11 (a character is about 7 px at
    /// 96 dpi): 7.27" × 96 / 7. A wider sheet prints landscape, and any sheet is scaled to one page wide.
    /// </summary>
    public const double PortraitWidth = 100;

    public const double SideMargin = 0.5;
    public const double TopMargin = 0.6;
    public const double HeaderMargin = 0.3;
}
