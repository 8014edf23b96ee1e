using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;

namespace Beleidsdag.Web.Tests.Features.Present;

public class GapListTests
{
    private static readonly GapItem Small = new("q1", null, "Is de nota gedragen?", 12);
    private static readonly GapItem Large = new("q2", null, "Welke thema's?", 71);
    private static readonly GapItem Statement = new("q3", "s1", "De timing is haalbaar", 34.6);

    [Fact]
    public async Task GapList_RanksTheLargestGapFirst()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<GapList>(p => p.Add(c => c.Gaps, [Small, Statement, Large]));

        Assert.Equal(["71", "35", "12"], cut.FindAll("[data-testid=gap-value]").Select(v => v.TextContent));
        Assert.Equal(["Welke thema's?", "De timing is haalbaar", "Is de nota gedragen?"], cut.FindAll("[data-testid=gap-label]").Select(l => l.TextContent));
    }

    [Fact]
    public async Task GapList_ForAStatement_NamesTheQuestionAndTheStatement()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<GapList>(p => p
            .Add(c => c.Gaps, [Statement, Small])
            .Add(c => c.QuestionTexts, new Dictionary<string, string> { ["q3"] = "Hoe kijk je naar de nota?", ["q1"] = "niet gebruikt" }));

        Assert.Equal(["Hoe kijk je naar de nota? — De timing is haalbaar", "Is de nota gedragen?"], cut.FindAll("[data-testid=gap-label]").Select(l => l.TextContent));
    }

    [Fact]
    public async Task GapList_DrawsEachGapAsABarOutOfHundred()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<GapList>(p => p.Add(c => c.Gaps, [Small, Large]));

        Assert.Equal([71, 12], cut.FindAll(".gap-fill").Select(ResultBuilders.WidthOf));
    }

    [Fact]
    public async Task GapList_BeyondTheMaximum_CountsTheRest()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<GapList>(p => p.Add(c => c.Gaps, [Small, Statement, Large]).Add(c => c.MaxRows, 2));

        Assert.Equal(2, cut.FindAll("[data-testid=gap-row]").Count);
        Assert.Contains("en nog 1 met een kleiner verschil", cut.Find("[data-testid=gap-more]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GapList_WithoutGaps_ShowsTheEmptyState()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<GapList>(p => p.Add(c => c.Gaps, []));

        Assert.Empty(cut.FindAll("[data-testid=gap-row]"));
        Assert.Contains("Nog geen vragen met genoeg antwoorden van beide kanten.", cut.Markup, StringComparison.Ordinal);
    }
}
