using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Writes paragraphs, headings and tables into a Word document (DocumentFormat.OpenXml 2.20, the version ClosedXML
/// 0.95.4 needs): real headings and real tables with a repeated header row, so the secretary edits it as her own.
/// </summary>
public sealed class DraftWriter
{
    // A4 portrait with 2 cm margins: 11906 × 16838 twips, 1134 twips a margin.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - (2 * Margin);

    private readonly Body _body = new();

    public void Title(string text) => _body.Append(Styled(DraftStyles.Title, text));

    public void Heading1(string text) => _body.Append(Styled(DraftStyles.Heading1, text));

    public void Heading2(string text) => _body.Append(Styled(DraftStyles.Heading2, text));

    public void Quote(string text) => _body.Append(Styled(DraftStyles.Quote, text));

    public void Paragraph(string text) => _body.Append(Styled(null, text));

    /// <summary>A table whose first row is its header (repeated on every page); widths in percent of the text width.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> widths)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(widths);
        var twips = widths.Select(w => TextWidth * w / 100).ToList();
        var border = () => new[]
        {
            (OpenXmlElement)new TopBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "A6A6A6" },
        };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = $"{TextWidth}", Type = TableWidthUnitValues.Dxa },
                new TableBorders(border()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0420" }),
            new TableGrid(twips.Select(w => new GridColumn { Width = $"{w}" })));
        table.Append(Row(header, twips, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, twips, isHeader: false));
        }

        _body.Append(table);

        // Two tables in a row would merge into one in Word: a paragraph between keeps them apart.
        _body.Append(new Paragraph());
    }

    public void Save(Stream output, string title)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = title;
        document.PackageProperties.Language = "nl-BE";
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DraftStyles.Build();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = Footer(title);
        _body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new Document(_body);
        main.Document.Save();
    }

    /// <summary>"… · pagina 2 van 4" under every page: a printed draft passed round a table stays in order.</summary>
    private static Footer Footer(string title)
    {
        var paragraph = Styled(null, $"{title} · pagina ", small: true);
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.Append(new Justification { Val = JustificationValues.Center });
        paragraph.Append(Field("PAGE"));
        paragraph.Append(SmallRun(new Text(" van ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("NUMPAGES"));
        return new Footer(paragraph);
    }

    /// <summary>A field Word and LibreOffice fill in when they lay the pages out; "1" until they do.</summary>
    private static IEnumerable<Run> Field(string code) =>
    [
        SmallRun(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        SmallRun(new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve }),
        SmallRun(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        SmallRun(new Text("1")),
        SmallRun(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static Run SmallRun(OpenXmlElement content) =>
        new(new RunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }), content);

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> twips, bool isHeader)
    {
        var row = new TableRow();
        row.Append(isHeader
            ? new TableRowProperties(new CantSplit(), new TableHeader())
            : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < twips.Count; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = $"{twips[i]}", Type = TableWidthUnitValues.Dxa });
            if (isHeader)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            }

            var cell = new TableCell(properties);
            var text = i < cells.Count ? cells[i] : string.Empty;

            // One paragraph per line: a list of oplossingen stays a list the secretary can edit.
            foreach (var line in text.Split('\n'))
            {
                var paragraph = Styled(null, line, small: true, bold: isHeader);
                paragraph.ParagraphProperties ??= new ParagraphProperties();
                paragraph.ParagraphProperties.Append(new SpacingBetweenLines { Before = "20", After = "20" });
                cell.Append(paragraph);
            }

            row.Append(cell);
        }

        return row;
    }

    private static Paragraph Styled(string? style, string text, bool small = false, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (text.Length == 0)
        {
            return paragraph;
        }

        // Run properties in the schema's order: b, i, sz, szCs, highlight. A gap stands out (italic, highlighted),
        // so none is left in the signed nota.
        var gap = DraftText.IsGap(text);
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (gap)
        {
            properties.Append(new Italic());
        }

        if (small)
        {
            properties.Append(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" });
        }

        if (gap)
        {
            properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
        }

        paragraph.Append(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
