using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class OpenCardsTests
{
    [Fact]
    public async Task OpenCards_ShowEachApprovedAnswer_WithTheMergedCountOnlyWhenAboveOne()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<OpenCards>(p => p.Add(c => c.Result, Open(("Respect voor elkaars rol", 3), ("Durven kiezen", 1))));

        var cards = cut.FindAll("[data-testid=open-card]");
        Assert.Equal(2, cards.Count);
        Assert.Contains("Respect voor elkaars rol", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("×3", cards[0].QuerySelector("[data-testid=card-count]")!.TextContent);
        Assert.Null(cards[1].QuerySelector("[data-testid=card-count]"));
    }

    [Fact]
    public async Task OpenCards_WithoutApprovedAnswers_ShowTheEmptyState()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<OpenCards>(p => p.Add(c => c.Result, Open()));

        Assert.Empty(cut.FindAll("[data-testid=open-card]"));
        Assert.Contains("Nog geen goedgekeurde antwoorden.", cut.Markup, StringComparison.Ordinal);
    }
}
