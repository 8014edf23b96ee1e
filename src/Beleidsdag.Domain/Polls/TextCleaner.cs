using System.Text;

namespace Beleidsdag.Domain.Polls;

/// <summary>
/// Cleans participant text once, when it is accepted: drops what an XML cell (and so an Excel export)
/// cannot hold — control characters such as the vertical tab Word pastes, lone surrogates — and trims the
/// whitespace around it (" =1+1" becomes "=1+1": invisible leading spaces would only split duplicates and
/// sorting for the secretary; the export writes a leading = as text with Excel's quote prefix).
/// Everything else stays exactly as typed.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c is '\t' or '\n' or '\r' || !char.IsControl(c)) && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
