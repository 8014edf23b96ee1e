using System.Text.RegularExpressions;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>A piece of a line: plain, bold (**…**) or italic (*…* or _…_).</summary>
public sealed record SlideSpan(string Text, bool Bold = false, bool Italic = false);

public abstract record SlideBlock;

/// <summary>"# …" to "### …"; the slide's own title is the level above.</summary>
public sealed record SlideHeading(int Level, IReadOnlyList<SlideSpan> Text) : SlideBlock;

public sealed record SlideParagraph(IReadOnlyList<SlideSpan> Text) : SlideBlock;

public sealed record SlideList(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<SlideSpan>> Items) : SlideBlock;

/// <summary>
/// The little Markdown an info slide understands: headings, bulleted and numbered lists, bold and italic. Built on
/// <see cref="SlideText"/>'s reading of hand-wrapped template text (a wrapped line continues its paragraph or list
/// item). Everything else stays text: no HTML, no links, nothing that could reach the page as markup.
/// </summary>
public static partial class SlideMarkdown
{
    public static IReadOnlyList<SlideBlock> Parse(string? body)
    {
        var blocks = new List<SlideBlock>();
        foreach (var paragraph in SlideText.Paragraphs(body))
        {
            var text = new List<string>();
            var inList = false;
            foreach (var line in paragraph)
            {
                if (Heading().Match(line) is { Success: true } heading)
                {
                    Flush(blocks, text);
                    blocks.Add(new SlideHeading(heading.Groups[1].Length, Spans(heading.Groups[2].Value)));
                    inList = false;
                }
                else if (Item().Match(line) is { Success: true } item)
                {
                    Flush(blocks, text);
                    var ordered = char.IsDigit(item.Groups[1].Value[0]);
                    if (inList && blocks[^1] is SlideList list && list.Ordered == ordered)
                    {
                        blocks[^1] = list with { Items = [.. list.Items, Spans(item.Groups[2].Value)] };
                    }
                    else
                    {
                        var start = ordered && int.TryParse(item.Groups[1].Value.TrimEnd('.', ')'), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
                        blocks.Add(new SlideList(ordered, start, [Spans(item.Groups[2].Value)]));
                    }

                    inList = true;
                }
                else
                {
                    text.Add(line);
                    inList = false;
                }
            }

            Flush(blocks, text);
        }

        return blocks;
    }

    /// <summary>Bold and italic marks become spans; an unpaired mark stays as it was typed.</summary>
    public static IReadOnlyList<SlideSpan> Spans(string line)
    {
        var spans = new List<SlideSpan>();
        var at = 0;
        foreach (Match mark in Emphasis().Matches(line))
        {
            if (mark.Index > at)
            {
                spans.Add(new SlideSpan(line[at..mark.Index]));
            }

            spans.Add(mark.Groups["bold"].Success
                ? new SlideSpan(mark.Groups["bold"].Value, Bold: true)
                : new SlideSpan(mark.Groups["star"].Success ? mark.Groups["star"].Value : mark.Groups["under"].Value, Italic: true));
            at = mark.Index + mark.Length;
        }

        if (at < line.Length)
        {
            spans.Add(new SlideSpan(line[at..]));
        }

        return spans;
    }

    private static void Flush(List<SlideBlock> blocks, List<string> text)
    {
        if (text.Count > 0)
        {
            blocks.Add(new SlideParagraph(Spans(string.Join(' ', text))));
            text.Clear();
        }
    }

    [GeneratedRegex(@"^(#{1,3})\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(\d+[.)]|[-•*–])\s+(.+)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"\*\*(?<bold>[^*]+?)\*\*|(?<![\w*])\*(?<star>[^*\s][^*]*?)\*(?![\w*])|(?<!\w)_(?<under>[^_\s][^_]*?)_(?!\w)")]
    private static partial Regex Emphasis();
}
