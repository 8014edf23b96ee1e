using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class WordCloudTests
{
    [Fact]
    public async Task WordCloud_RendersOneElementPerWord()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<WordCloud>(p => p.Add(c => c.Result, Cloud(("vertrouwen", 5), ("respect", 2), ("dialoog", 1))));

        var words = cut.FindAll("[data-testid=cloud-word]").Select(w => w.TextContent).Order(StringComparer.Ordinal);
        Assert.Equal(["dialoog", "respect", "vertrouwen"], words);
    }

    [Fact]
    public async Task WordCloud_GivesALargerCountALargerFont()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<WordCloud>(p => p.Add(c => c.Result, Cloud(("vertrouwen", 9), ("respect", 4), ("dialoog", 1), ("rust", 1))));

        var size = cut.FindAll("[data-testid=cloud-word]").ToDictionary(w => w.TextContent, FontSizeOf, StringComparer.Ordinal);
        Assert.True(size["vertrouwen"] > size["respect"], $"{size["vertrouwen"]} > {size["respect"]}");
        Assert.True(size["respect"] > size["dialoog"], $"{size["respect"]} > {size["dialoog"]}");
        Assert.Equal(size["dialoog"], size["rust"]);
    }

    [Fact]
    public async Task WordCloud_SizesBySquareRootOfTheCount()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<WordCloud>(p => p.Add(c => c.Result, Cloud(("groot", 9), ("middel", 4), ("klein", 1))));

        // √1, √4, √9 = 1, 2, 3: the middle word sits halfway between the smallest and the largest size.
        var size = cut.FindAll("[data-testid=cloud-word]").ToDictionary(w => w.TextContent, FontSizeOf, StringComparer.Ordinal);
        Assert.Equal((size["groot"] + size["klein"]) / 2, size["middel"], 3);
    }

    [Fact]
    public async Task WordCloud_ShowsAtMostFiftyWords_TheMostMentioned()
    {
        await using var ctx = TestServices.NewContext();
        var words = Enumerable.Range(1, 60).Select(i => ($"woord{i}", i)).ToArray();

        var cut = ctx.Render<WordCloud>(p => p.Add(c => c.Result, Cloud(words)));

        var shown = cut.FindAll("[data-testid=cloud-word]").Select(w => w.TextContent).ToList();
        Assert.Equal(50, shown.Count);
        Assert.DoesNotContain("woord10", shown);
        Assert.Contains("woord11", shown);
    }

    [Fact]
    public async Task WordCloud_NamesTheCountOfEachWord()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<WordCloud>(p => p.Add(c => c.Result, Cloud(("vertrouwen", 5))));

        var word = cut.Find("[data-testid=cloud-word]");
        Assert.Equal("vertrouwen: 5 keer", word.GetAttribute("title"));
        Assert.Equal("vertrouwen: 5 keer", word.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task WordCloud_WithoutWords_SaysSo()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<WordCloud>(p => p.Add(c => c.Result, Cloud()));

        Assert.Empty(cut.FindAll("[data-testid=cloud-word]"));
        Assert.Contains("Nog geen woorden.", cut.Markup, StringComparison.Ordinal);
    }
}
