using System.Globalization;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>One piece of a diverging bar: a scale value, its count, and its width as a share of its half.</summary>
internal sealed record DivergingSegment(int Value, int Count, double WidthPercent, bool IsMiddleHalf, string Fill, string Ink);

/// <summary>
/// The geometry and colours of a diverging (Likert) bar. Each half of the track stands for all respondents
/// of the statement, so a segment's width is its share of them, laid out from the centre line outwards.
/// An odd scale's middle value is split, half left and half right of the centre; an even scale has no
/// middle: its lower half of the values goes left (1–5 of 1–10), the upper half right.
/// </summary>
internal sealed class DivergingBar
{
    // Okabe-Ito vermillion and blue, darkened at the ends and lightened towards the centre: the blue–orange
    // axis is the one that survives the common colour-vision deficiencies, and the lightest steps stay
    // clearly off-white so they survive a washed-out projector. (The sides use these hues too; a split
    // always names its sides in headings, and the sides' bars are also told apart by a hatch.)
    private static readonly (int R, int G, int B) NegativeDark = (0x9C, 0x3A, 0x00);
    private static readonly (int R, int G, int B) NegativeLight = (0xF5, 0xC2, 0x9C);
    private static readonly (int R, int G, int B) PositiveDark = (0x00, 0x4F, 0x7C);
    private static readonly (int R, int G, int B) PositiveLight = (0xA8, 0xD0, 0xEA);
    private const string Middle = "#C8C8C8";

    private DivergingBar(IReadOnlyList<DivergingSegment> left, IReadOnlyList<DivergingSegment> right)
    {
        Left = left;
        Right = right;
    }

    /// <summary>Far end first (the lowest value), the centre last.</summary>
    public IReadOnlyList<DivergingSegment> Left { get; }

    /// <summary>The centre first, the far end (the highest value) last.</summary>
    public IReadOnlyList<DivergingSegment> Right { get; }

    public static DivergingBar For(ScaleRange scale, IReadOnlyList<int> distribution)
    {
        var size = scale.Max - scale.Min + 1;
        var total = distribution.Sum();
        var perSide = size / 2;
        var hasMiddle = size % 2 == 1;
        var colours = Colours(perSide, hasMiddle);

        DivergingSegment Segment(int index, bool half) => new(
            scale.Min + index,
            index < distribution.Count ? distribution[index] : 0,
            ResultFormat.Share(index < distribution.Count ? distribution[index] : 0, total) / (half ? 2 : 1),
            half,
            colours[index],
            InkOn(colours[index]));

        var left = Enumerable.Range(0, perSide).Select(i => Segment(i, false)).ToList();
        var right = Enumerable.Range(size - perSide, perSide).Select(i => Segment(i, false)).ToList();
        if (hasMiddle)
        {
            left.Add(Segment(perSide, true));
            right.Insert(0, Segment(perSide, true));
        }

        return new DivergingBar(left, right);
    }

    /// <summary>The colour of every value, lowest first: dark → light, (grey), light → dark.</summary>
    public static IReadOnlyList<string> Colours(int perSide, bool hasMiddle)
    {
        var negative = Enumerable.Range(0, perSide).Select(i => Mix(NegativeDark, NegativeLight, Step(i, perSide)));
        var positive = Enumerable.Range(0, perSide).Select(i => Mix(PositiveLight, PositiveDark, Step(i, perSide)));
        return [.. negative, .. hasMiddle ? [Middle] : Array.Empty<string>(), .. positive];
    }

    private static double Step(int i, int count) => count == 1 ? 0 : (double)i / (count - 1);

    private static string Mix((int R, int G, int B) from, (int R, int G, int B) to, double t) =>
        string.Create(CultureInfo.InvariantCulture, $"#{Lerp(from.R, to.R, t):X2}{Lerp(from.G, to.G, t):X2}{Lerp(from.B, to.B, t):X2}");

    private static int Lerp(int from, int to, double t) => (int)Math.Round(from + ((to - from) * t));

    /// <summary>White on the dark steps, ink on the light ones (relative luminance, WCAG).</summary>
    public static string InkOn(string hex)
    {
        static double Channel(string hex, int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255d;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(hex, 1)) + (0.7152 * Channel(hex, 3)) + (0.0722 * Channel(hex, 5));
        return luminance < 0.19 ? "#ffffff" : "#111111";
    }
}
