using DocumentFormat.OpenXml.Wordprocessing;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// The draft's styles part. The heading styles use Word's built-in ids and names ("Heading1", "heading 1") with an
/// outline level, so Word and LibreOffice Writer list them in the navigation pane and a table of contents.
/// </summary>
public static class DraftStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Quote = "Quote";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "nl-BE" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
        Paragraph(Title, "Title", size: 40, before: 0, after: 120, outline: null, color: "1F3864"),
        Paragraph(Heading1, "heading 1", size: 30, before: 360, after: 120, outline: 0, color: "1F3864"),
        Paragraph(Heading2, "heading 2", size: 24, before: 240, after: 80, outline: 1, color: "2F5496"),
        new Style(
            new StyleName { Val = "Quote" },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "360", Right = "360" }),
            new StyleRunProperties(new Italic(), new Color { Val = "404040" }))
        { Type = StyleValues.Paragraph, StyleId = Quote });

    private static Style Paragraph(string id, string name, int size, int before, int after, int? outline, string color)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = $"{before}", After = $"{after}" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = outline is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = $"{size}" }, new FontSizeComplexScript { Val = $"{size}" }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
