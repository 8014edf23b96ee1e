using System.Globalization;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Web.Features.Present.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class RecapViewTests
{
    [Fact]
    public async Task Recap_ListsTheCarriedWerkpunten_WithScoreAndConsent()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var recap = new RecapScreen([new RecapLine(Werkpunt("w1", "g1", "Adviesvraag komt te laat"), 41.7, new ConsentCounts(9, 2, 0))], Carried: true);

        var cut = ctx.Render<RecapView>(p => p.Add(c => c.Recap, recap));

        Assert.Equal("Door beide kanten gedragen", cut.Find(".recap-title").TextContent);
        var line = Assert.Single(cut.FindAll("[data-testid=recap-line]"));
        Assert.Equal("Adviesvraag komt te laat", line.QuerySelector(".recap-text")!.TextContent);
        Assert.Equal("score 41,7", Squashed(line.QuerySelector("[data-testid=recap-score]")!.TextContent));
        Assert.Equal("✔ 9 ! 2 ✖ 0", Squashed(line.QuerySelector("[data-testid=recap-consent]")!.TextContent));
    }

    [Fact]
    public async Task Recap_WithoutACarriedWerkpunt_SaysSo()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<RecapView>(p => p.Add(c => c.Recap, new RecapScreen([], Carried: true)));

        Assert.Equal("Geen werkpunt werd door beide kanten gedragen.", cut.Find("[data-testid=recap-empty]").TextContent);
    }
}
