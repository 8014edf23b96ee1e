using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// ClosedXML 0.95.4 writes each half of a surrogate pair (an emoji such as 🤝) as its own escape,
/// <c>_xD83E__xDD1D_</c>. Excel and LibreOffice decode it; openpyxl and pandas hand the secretary the escape
/// itself. A pair is valid XML as one character, so the saved package's text is rewritten with the
/// character. Only whole pairs are touched, and not an escape whose underscore is itself escaped
/// (<c>_x005F_xD83E_</c>: text that was typed as "_xD83E_").
/// </summary>
public static partial class EmojiCharacters
{
    public static void Decode(Stream package)
    {
        using var document = SpreadsheetDocument.Open(package, true);
        var workbook = document.WorkbookPart!;
        IEnumerable<OpenXmlPart> parts = [.. workbook.WorksheetParts, .. workbook.SharedStringTablePart is { } strings ? [strings] : Array.Empty<OpenXmlPart>()];
        foreach (var part in parts)
        {
            string xml;
            using (var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            if (!xml.Contains("__xD", StringComparison.Ordinal))
            {
                continue;
            }

            var decoded = Pair().Replace(xml, m => string.Concat(
                (char)Convert.ToInt32(m.Groups["high"].Value, 16),
                (char)Convert.ToInt32(m.Groups["low"].Value, 16)));
            using var data = new MemoryStream(new UTF8Encoding(false).GetBytes(decoded));
            part.FeedData(data);
        }
    }

    [GeneratedRegex("(?<!_x005F)_x(?<high>D[89AB][0-9A-F]{2})__x(?<low>D[C-F][0-9A-F]{2})_", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pair();
}
