using System.Globalization;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class RankingAndPointsBarsTests
{
    [Fact]
    public async Task RankingBars_ShowItemsInResultOrder_WithTheAveragePlaceInDutch()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var result = new RankingResult("q", 5, [new("b", "Wonen", 1.8, 11), new("a", "Armoede", 2.0, 10), new("c", "Klimaat", 2.2, 9)]);

        var cut = ctx.Render<RankingBars>(p => p.Add(c => c.Result, result));

        var rows = cut.FindAll("[data-testid=ranking-row]").Select(r => Squashed(r.TextContent)).ToList();
        Assert.Equal(["1 Wonen gem. plaats 1,8 11 punten", "2 Armoede gem. plaats 2,0 10 punten", "3 Klimaat gem. plaats 2,2 9 punten"], rows);
    }

    [Fact]
    public async Task RankingBars_ScaleEachBarToTheMostPointsAnItemCanGet()
    {
        await using var ctx = TestServices.NewContext();
        // 3 items, 5 respondents: an item everyone puts first would get 2 × 5 = 10 points; the winner here has 8.
        var result = new RankingResult("q", 5, [new("a", "A", 1.4, 8), new("b", "B", 2, 5), new("c", "C", 2.6, 2)]);

        var cut = ctx.Render<RankingBars>(p => p.Add(c => c.Result, result));

        Assert.Equal([80, 50, 20], cut.FindAll("[data-testid=bar-fill]").Select(WidthOf));
    }

    [Fact]
    public async Task PointsBars_ShowTheAveragePointsInDutch_TheTotal_AndABarOutOfHundred()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var result = new PointsResult("q", 12, [new("a", "Armoede", 282, 23.5), new("b", "Wonen", 918, 76.5)]);

        var cut = ctx.Render<PointsBars>(p => p.Add(c => c.Result, result));

        var rows = cut.FindAll("[data-testid=points-row]").Select(r => Squashed(r.TextContent)).ToList();
        Assert.Equal(["Armoede gem. 23,5 punten totaal 282", "Wonen gem. 76,5 punten totaal 918"], rows);
        Assert.Equal([23.5, 76.5], cut.FindAll("[data-testid=bar-fill]").Select(WidthOf));
    }

    [Fact]
    public async Task RankingAndPointsBars_NobodyAnswered_ShowNoAverage_NotZero()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();

        var ranking = ctx.Render<RankingBars>(p => p.Add(c => c.Result, new RankingResult("q", 0, [new("a", "Wonen", 0, 0), new("b", "Armoede", 0, 0)])));
        var points = ctx.Render<PointsBars>(p => p.Add(c => c.Result, new PointsResult("q", 0, [new("a", "Wonen", 0, 0)])));

        Assert.Equal(["1 Wonen gem. plaats – 0 punten", "2 Armoede gem. plaats – 0 punten"], ranking.FindAll("[data-testid=ranking-row]").Select(r => Squashed(r.TextContent)));
        Assert.Equal(["Wonen gem. – totaal 0"], points.FindAll("[data-testid=points-row]").Select(r => Squashed(r.TextContent)));
        Assert.All(ranking.FindAll("[data-testid=bar-fill]").Concat(points.FindAll("[data-testid=bar-fill]")), fill => Assert.Equal(0, WidthOf(fill)));
    }
}
