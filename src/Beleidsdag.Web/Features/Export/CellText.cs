using System.Text;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Participant text on its way into a cell. Text is cleaned when it is accepted (TextCleaner), but the
/// export does not rely on that: older data, facilitator text and templates pass here too.
/// </summary>
public static class CellText
{
    /// <summary>Excel's limit for one cell.</summary>
    public const int MaxLength = 32_767;

    public const string CutMarker = "… [ingekort]";

    /// <summary>
    /// Drops what XML 1.0 cannot hold (control characters other than tab, line feed and carriage return,
    /// U+FFFE/U+FFFF, lone surrogates) and cuts text over Excel's limit on a whole character, with a
    /// visible marker. Everything else stays exactly as typed.
    /// </summary>
    public static string Prepare(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = IsXmlSafe(text) ? text : StripInvalid(text);
        if (clean.Length <= MaxLength)
        {
            return clean;
        }

        var keep = MaxLength - CutMarker.Length;
        if (char.IsHighSurrogate(clean[keep - 1]))
        {
            // Never split a pair (an emoji): its first half alone is not a character.
            keep--;
        }

        return string.Concat(clean.AsSpan(0, keep), CutMarker);
    }

    /// <summary>
    /// Text a spreadsheet would read as a formula or command (= + - @, or a leading tab or carriage return
    /// that Excel skips before looking): written with Excel's quote prefix so it shows and stays as typed.
    /// </summary>
    public static bool NeedsQuotePrefix(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool IsXmlSafe(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || !IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string StripInvalid(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c is not ('\uFFFE' or '\uFFFF'));
}
