using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Beleidsdag.Web.Features.Export;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>The draft afsprakennota of a snapshot, read back the way Word sees it: headings by style, tables as rows of cell texts.</summary>
internal sealed record DraftDocument(byte[] Bytes, IReadOnlyList<DraftBlock> Blocks)
{
    public static DraftDocument Of(ExportSnapshot snapshot)
    {
        using var output = new MemoryStream();
        AfsprakennotaDraft.Write(new ExportFacts(snapshot, 3), output);
        var bytes = output.ToArray();
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var blocks = new List<DraftBlock>();
        foreach (var element in document.MainDocumentPart!.Document.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph p when p.InnerText.Length > 0:
                    blocks.Add(new DraftBlock(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText, null));
                    break;
                case Table t:
                    blocks.Add(new DraftBlock("Table", string.Empty, [.. t.Elements<TableRow>().Select(r => r.Elements<TableCell>()
                        .Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList())]));
                    break;
            }
        }

        return new DraftDocument(bytes, blocks);
    }

    public IEnumerable<string> Headings(string style) => Blocks.Where(b => b.Style == style).Select(b => b.Text);

    /// <summary>The blocks between this Heading1 and the next one.</summary>
    public IReadOnlyList<DraftBlock> Chapter(string heading) =>
        [.. Blocks.SkipWhile(b => !(b.Style == "Heading1" && b.Text == heading)).Skip(1).TakeWhile(b => b.Style != "Heading1")];

    /// <summary>The table's data rows (without the header) right after this Heading2 of the chapter.</summary>
    public IReadOnlyList<List<string>> TableAfter(string chapter, string heading2) =>
        [.. Chapter(chapter).SkipWhile(b => !(b.Style == "Heading2" && b.Text == heading2)).First(b => b.Rows is not null).Rows!.Skip(1)];
}

internal sealed record DraftBlock(string? Style, string Text, IReadOnlyList<List<string>>? Rows);
