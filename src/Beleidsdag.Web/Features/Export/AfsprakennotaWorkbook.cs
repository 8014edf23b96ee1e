using ClosedXML.Excel;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Writes the sheets to an .xlsx: the only file that imports ClosedXML (0.95.4). On Linux it must never
/// call AdjustToContents or AddPicture (they need GDI+): widths come from ColumnWidths.
/// </summary>
public static class AfsprakennotaWorkbook
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DCE6F1");
    private static readonly XLColor NoteColor = XLColor.FromHtml("#595959");

    public static void Write(IReadOnlyList<ExportSheet> sheets, Stream output, string title)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = CellText.Prepare(title);
        workbook.Properties.Author = "Beleidsdag";
        foreach (var sheet in sheets)
        {
            WriteSheet(workbook.AddWorksheet(sheet.Name), sheet);
        }

        using var package = new MemoryStream();
        workbook.SaveAs(package);
        EmojiCharacters.Decode(package);
        package.Position = 0;
        package.CopyTo(output);
    }

    private static void WriteSheet(IXLWorksheet worksheet, ExportSheet sheet)
    {
        var widths = ColumnWidths.Of(sheet);
        for (var c = 0; c < widths.Count; c++)
        {
            // Set before the cells exist, so each new cell inherits it without a style of its own.
            var column = worksheet.Column(c + 1);
            column.Width = widths[c];
            column.Style.Alignment.WrapText = true;
            column.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        var upright = ColumnWidths.UprightHeaders(sheet);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            worksheet.Row(r + 1).Height = RowHeights.Of(row, widths, upright);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c] is { } content)
                {
                    Write(worksheet.Cell(r + 1, c + 1), content);
                }
            }

            Style(worksheet, r + 1, row);
        }

        foreach (var c in upright)
        {
            var header = worksheet.Cell(1, c + 1).Style.Alignment;
            header.TextRotation = 90;
            header.Vertical = XLAlignmentVerticalValues.Bottom;
            header.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        if (sheet.TableName is { } name && sheet.Rows.Count > 1)
        {
            var table = worksheet.Range(1, 1, sheet.Rows.Count, sheet.Rows[0].Cells.Count).CreateTable(name);
            table.Theme = XLTableTheme.TableStyleLight9;
        }

        if (sheet.FrozenRows > 0)
        {
            worksheet.SheetView.FreezeRows(sheet.FrozenRows);
        }

        Print(worksheet, sheet, widths.Sum());
    }

    /// <summary>
    /// A4, one page wide and as many tall as needed, landscape when the columns are wider than a portrait
    /// page holds, the sheet's header repeated at the top of every page and "pagina 2 van 5" at the bottom.
    /// </summary>
    private static void Print(IXLWorksheet worksheet, ExportSheet sheet, double width)
    {
        var setup = worksheet.PageSetup;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.PageOrientation = width > PrintLayout.PortraitWidth ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        setup.FitToPages(1, 0);
        setup.Margins.Left = setup.Margins.Right = PrintLayout.SideMargin;
        setup.Margins.Top = setup.Margins.Bottom = PrintLayout.TopMargin;
        setup.Margins.Header = setup.Margins.Footer = PrintLayout.HeaderMargin;
        if (sheet.RepeatedRows > 0 && sheet.Rows.Count >= sheet.RepeatedRows)
        {
            setup.SetRowsToRepeatAtTop(1, sheet.RepeatedRows);
        }

        var footer = setup.Footer.Center;
        footer.AddText(sheet.Name + " · pagina ");
        footer.AddText(XLHFPredefinedText.PageNumber);
        footer.AddText(" van ");
        footer.AddText(XLHFPredefinedText.NumberOfPages);
    }

    private static void Write(IXLCell cell, ExportCell content)
    {
        switch (content)
        {
            case TextCell text:
                var value = CellText.Prepare(text.Text);
                // SetValue<string>: "1/2", "TRUE" and "00123" stay text instead of becoming a date, a boolean, a number.
                cell.SetValue<string>(value);
                if (CellText.NeedsQuotePrefix(value))
                {
                    cell.Style.IncludeQuotePrefix = true;
                }

                break;
            case NumberCell number:
                cell.SetValue(number.Value);
                cell.Style.NumberFormat.Format = KeptApartFromTheNextColumn(number.Format);
                break;
            case DateCell date:
                cell.SetValue(date.Value);
                cell.Style.NumberFormat.Format = KeptApartFromTheNextColumn(date.Format);
                break;
        }
    }

    /// <summary>
    /// A right-aligned figure stands against the left-aligned text of the next column otherwise: a score 14.6 next
    /// to consent "6 / 0 / 0" printed as "14.66 / 0 / 0". "_)" leaves the width of a ")" after the figure, in
    /// Excel and LibreOffice alike (LibreOffice ignores an indent on a right-aligned cell).
    /// </summary>
    private static string KeptApartFromTheNextColumn(string format) => format + "_)";

    private static void Style(IXLWorksheet worksheet, int rowNumber, ExportRow row)
    {
        if (row.Style == RowStyle.Data || row.Cells.Count == 0)
        {
            return;
        }

        var range = worksheet.Range(rowNumber, 1, rowNumber, row.Cells.Count);
        switch (row.Style)
        {
            case RowStyle.Header:
                range.Style.Font.Bold = true;
                range.Style.Fill.BackgroundColor = HeaderFill;
                range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
                break;
            case RowStyle.Title:
                range.Style.Font.Bold = true;
                range.Style.Font.FontSize = 14;
                range.Style.Alignment.WrapText = false;
                break;
            case RowStyle.Section:
                range.Style.Font.Bold = true;
                range.Style.Font.FontSize = 12;
                range.Style.Alignment.WrapText = false;
                break;
            case RowStyle.Note:
                range.Style.Font.Italic = true;
                range.Style.Font.FontColor = NoteColor;
                range.Style.Alignment.WrapText = false;
                break;
        }
    }
}
