using System.Text.RegularExpressions;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>
/// An info slide's text as the projector shows it. Templates are written by hand with wrapped lines, so a line
/// break inside a paragraph is a space, except before a list item ("1.", "-", "•"); a blank line starts a new
/// paragraph. Longer texts get a smaller size so that everything fits on the screen.
/// </summary>
internal static partial class SlideText
{
    public static IReadOnlyList<IReadOnlyList<string>> Paragraphs(string? body) =>
        [.. (body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Lines)];

    /// <summary>"" for a short text, "screen-info-long" or "screen-info-longer" as it grows.</summary>
    public static string SizeClass(string? body) => (body?.Length ?? 0) switch
    {
        > 550 => "screen-info-longer",
        > 300 => "screen-info-long",
        _ => string.Empty,
    };

    private static List<string> Lines(string paragraph)
    {
        var lines = new List<string>();
        foreach (var line in paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (lines.Count == 0 || ListItem().IsMatch(line))
            {
                lines.Add(line);
            }
            else
            {
                lines[^1] = $"{lines[^1]} {line}";
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^(\d+[.)]|[-•*–])\s")]
    private static partial Regex ListItem();
}
