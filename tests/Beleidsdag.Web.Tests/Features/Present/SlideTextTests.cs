using Beleidsdag.Web.Features.Present.Components;

namespace Beleidsdag.Web.Tests.Features.Present;

public class SlideTextTests
{
    [Fact]
    public void Paragraphs_WrappedLines_AreJoinedAndListItemsKeepTheirOwnLine()
    {
        const string body = "Vijf voorwaarden voor een effectieve\nsamenwerking:\n\n1. Gedeelde waarden\n   en normen.\n2. Duidelijke rollen.\n- een opsomming";

        var paragraphs = SlideText.Paragraphs(body);

        Assert.Equal(["Vijf voorwaarden voor een effectieve samenwerking:"], paragraphs[0]);
        Assert.Equal(["1. Gedeelde waarden en normen.", "2. Duidelijke rollen.", "- een opsomming"], paragraphs[1]);
    }

    [Theory]
    [InlineData(120, "")]
    [InlineData(400, "screen-info-long")]
    [InlineData(700, "screen-info-longer")]
    public void SizeClass_LongerText_GetsASmallerSize(int length, string expected) =>
        Assert.Equal(expected, SlideText.SizeClass(new string('a', length)));
}
