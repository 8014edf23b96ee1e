using System.IO.Compression;
using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>What openpyxl and pandas read: the file's own XML, not ClosedXML's reading of it (which decodes escapes).</summary>
public sealed class EmojiTests
{
    [Fact]
    public void AnEmoji_IsWrittenAsTheCharacterItself_InTheFilesXml()
    {
        var output = new MemoryStream();
        AfsprakennotaWorkbook.Write(SampleDay.Sheets(), output, "Beleidsdag — Zottegem");
        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        var xml = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));

        Assert.Contains("Samen 👍 verder", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("_xD83D_", xml, StringComparison.Ordinal);
    }
}
