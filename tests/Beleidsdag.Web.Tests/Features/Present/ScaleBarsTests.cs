using System.Globalization;
using AngleSharp.Dom;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class ScaleBarsTests
{
    private static IReadOnlyList<IElement> Segments(IRenderedComponent<ScaleBars> cut, string side) =>
        cut.FindAll($"[data-testid=scale-segment][data-side={side}]");

    private static IReadOnlyList<(int Value, double Width, bool Half)> Read(IReadOnlyList<IElement> segments) =>
        [.. segments.Select(s => (int.Parse(s.GetAttribute("data-value")!, CultureInfo.InvariantCulture), WidthOf(s), s.GetAttribute("data-middle") == "half"))];

    [Fact]
    public async Task ScaleBars_SegmentWidths_AreTheShareOfRespondentsPerHalf()
    {
        // nl-BE would write 12,5: the style must stay invariant or the browser drops the width.
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, OneToFive(0, 1, 0, 3, 4)));

        // 8 respondents; each half of the track stands for all 8. Values with no answers draw nothing.
        Assert.Equal([(2, 12.5, false)], Read(Segments(cut, "left")));
        Assert.Equal([(4, 37.5, false), (5, 50, false)], Read(Segments(cut, "right")));
    }

    [Fact]
    public async Task ScaleBars_OnOddScale_SplitsTheMiddleValueInTwoHalves()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, OneToFive(1, 2, 4, 2, 1)));

        // Far end first on the left, centre first on the right: 3 is half left and half right of the centre line.
        Assert.Equal([(1, 10, false), (2, 20, false), (3, 20, true)], Read(Segments(cut, "left")));
        Assert.Equal([(3, 20, true), (4, 20, false), (5, 10, false)], Read(Segments(cut, "right")));
    }

    [Fact]
    public async Task ScaleBars_OnEvenScale_HasNoMiddleSegment()
    {
        await using var ctx = TestServices.NewContext();
        var result = Scale(OneToTen, Statement("de burgemeester", 1, 0, 0, 0, 2, 3, 0, 0, 0, 4));

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, result));

        // 1–5 left, 6–10 right, nothing straddles the centre.
        Assert.Equal([(1, 10, false), (5, 20, false)], Read(Segments(cut, "left")));
        Assert.Equal([(6, 30, false), (10, 40, false)], Read(Segments(cut, "right")));
        Assert.Empty(cut.FindAll("[data-middle]"));
    }

    [Fact]
    public async Task ScaleBars_ShowTheMeanInDutchAndTheRespondentsPerStatement()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var result = Scale(ScaleRange.OneToFive, Statement("Gedragen", 0, 1, 0, 3, 2), Statement("Haalbaar", 1, 0, 0, 0, 0));

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, result));

        Assert.Equal(["gem. 4,0", "gem. 1,0"], cut.FindAll("[data-testid=scale-mean]").Select(e => e.TextContent));
        Assert.Equal(["6 antwoorden", "1 antwoord"], cut.FindAll("[data-testid=scale-respondents]").Select(e => e.TextContent));
    }

    [Fact]
    public async Task ScaleBars_RoundTheMeanToOneDecimalWithAComma()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var statement = new StatementResult("s", "Gedragen", 3, [0, 0, 1, 2, 0], 3.6666);

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, Scale(ScaleRange.OneToFive, statement)));

        Assert.Equal("gem. 3,7", cut.Find("[data-testid=scale-mean]").TextContent);
    }

    [Fact]
    public async Task ScaleBars_ShowBothEndLabels()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, Scale(OneToTen, Statement("x", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0))));

        Assert.Equal("Geen vertrouwen", cut.Find("[data-testid=scale-low]").TextContent);
        Assert.Equal("Volledig vertrouwen", cut.Find("[data-testid=scale-high]").TextContent);
    }

    [Fact]
    public async Task ScaleBars_WithoutAnswers_DrawNoSegmentsAndNoMean()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, OneToFive(0, 0, 0, 0, 0)));

        Assert.Empty(cut.FindAll("[data-testid=scale-segment]"));
        Assert.Equal("gem. –", cut.Find("[data-testid=scale-mean]").TextContent);
    }

    [Fact]
    public async Task ScaleBars_ColourEachValueTheSameInTheKeyAndTheBar()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ScaleBars>(p => p.Add(c => c.Result, OneToFive(1, 1, 0, 1, 1)));

        string Background(IElement e) => e.GetAttribute("style")!.Split(';').Single(s => s.StartsWith("background:", StringComparison.Ordinal));
        var key = cut.FindAll(".scale-key li").Select(Background).ToList();
        var bars = cut.FindAll("[data-testid=scale-segment]").Select(Background).ToList();
        Assert.Equal(5, key.Distinct().Count());
        Assert.Equal([key[0], key[1], key[3], key[4]], bars);
    }
}
