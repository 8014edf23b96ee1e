using Beleidsdag.Web.Features.Present.Components;

namespace Beleidsdag.Web.Tests.Features.Present;

public class InfoSlideTests
{
    [Fact]
    public async Task InfoSlide_ShowsTheTitleAndEachParagraph()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<InfoSlide>(p => p
            .Add(c => c.Title, "Vijf voorwaarden voor samenwerking")
            .Add(c => c.Body, "Gedeelde waarden en normen.\r\n\r\nDuidelijke rollen, taken en verwachtingen."));

        Assert.Equal("Vijf voorwaarden voor samenwerking", cut.Find("[data-testid=info-title]").TextContent);
        Assert.Equal(["Gedeelde waarden en normen.", "Duidelijke rollen, taken en verwachtingen."], cut.FindAll(".screen-info-body").Select(p => p.TextContent));
    }

    [Fact]
    public async Task InfoSlide_WithoutBody_ShowsOnlyTheTitle()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<InfoSlide>(p => p.Add(c => c.Title, "Pauze").Add(c => c.Body, null));

        Assert.Empty(cut.FindAll(".screen-info-body"));
    }
}
