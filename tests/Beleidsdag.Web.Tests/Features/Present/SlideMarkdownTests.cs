using Beleidsdag.Web.Features.Present.Components;

namespace Beleidsdag.Web.Tests.Features.Present;

public class SlideMarkdownTests
{
    [Fact]
    public async Task InfoSlide_ShowsHeadingsListsAndBold_AndTypedHtmlStaysText()
    {
        await using var ctx = TestServices.NewContext();
        const string body = "## Wat gebeurt er nu?\n- De resultaten worden vertaald in de **afsprakennota**.\n- Een *continu* proces van overleg,\n  bijsturen en aanpassen.\n\nManagementaspecten (hard)\n1. Gedeelde waarden\n2. Duidelijke rollen\n\n<b>geen html</b>";

        var cut = ctx.Render<InfoSlide>(p => p.Add(c => c.Title, "Bedankt!").Add(c => c.Body, body));

        Assert.Equal("Wat gebeurt er nu?", cut.Find("h2.slide-md-heading").TextContent);
        var bullets = cut.FindAll("ul.slide-md-list li");
        Assert.Equal(["De resultaten worden vertaald in de afsprakennota.", "Een continu proces van overleg, bijsturen en aanpassen."], bullets.Select(li => li.TextContent));
        Assert.Equal("afsprakennota", bullets[0].QuerySelector("strong")!.TextContent);
        Assert.Equal("continu", bullets[1].QuerySelector("em")!.TextContent);
        Assert.Equal(["Managementaspecten (hard)", "<b>geen html</b>"], cut.FindAll("p.screen-info-body").Select(p => p.TextContent));
        Assert.Equal(["Gedeelde waarden", "Duidelijke rollen"], cut.FindAll("ol.slide-md-list li").Select(li => li.TextContent));
        Assert.Empty(cut.FindAll("p.screen-info-body b"));
    }

    [Theory]
    [InlineData("5 * 3 = 15", "5 * 3 = 15")]
    [InlineData("een_woord_met_lage_streepjes", "een_woord_met_lage_streepjes")]
    [InlineData("**half vet", "**half vet")]
    public void Spans_AnUnpairedOrInnerMark_StaysAsTyped(string line, string text) =>
        Assert.Equal(text, string.Concat(SlideMarkdown.Spans(line).Select(s => s.Text)));
}
