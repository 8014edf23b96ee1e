using System.Globalization;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Web.Features.Present.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class PrioritiesViewTests
{
    // docs/rules.md's worked example: four werkpunten, CBS/VB A 6 B 3, MAT A 3 B 6 C 9.
    private static PrioritiesScreen WorkedExample(int andersOnA = 0) => new(9, true,
    [
        Line("A", new PriorityRow("A", 6, 3, andersOnA, 9 + andersOnA, 41.7, false)),
        Line("B", new PriorityRow("B", 3, 6, 0, 9, 33.3, true)),
        Line("C", new PriorityRow("C", 0, 9, 0, 9, 25.0, false)),
        Line("D", new PriorityRow("D", 0, 0, 0, 0, 0, false)),
    ]);

    private static PriorityLine Line(string id, PriorityRow row) => new(Werkpunt(id, "g1", $"Werkpunt {id}"), row);

    [Fact]
    public async Task PrioritiesView_MarksBothSidesSupport()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, WorkedExample()));

        var rows = cut.FindAll("[data-testid=priority-row]");
        var marked = rows.Where(r => r.QuerySelector("[data-testid=both-sides]") is not null).ToList();
        var row = Assert.Single(marked);
        Assert.Equal("Werkpunt B", row.QuerySelector("[data-testid=priority-text]")!.TextContent);
        // Not by colour alone: an icon and the words.
        Assert.Equal("door beide kanten gesteund", row.QuerySelector("[data-testid=both-sides]")!.TextContent.Trim());
        Assert.NotNull(row.QuerySelector("[data-testid=both-sides] svg"));
    }

    [Fact]
    public async Task PrioritiesView_EqualScoresShareAPlace()
    {
        await using var ctx = TestServices.NewContext();
        var tied = new PrioritiesScreen(6, true,
        [
            Line("A", new PriorityRow("A", 3, 3, 0, 6, 40, true)),
            Line("B", new PriorityRow("B", 3, 3, 0, 6, 40, true)),
            Line("C", new PriorityRow("C", 3, 0, 0, 3, 20, false)),
        ]);

        var cut = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, tied));

        Assert.Equal(["1", "1", "3"], cut.FindAll("[data-testid=priority-place]").Select(e => e.TextContent));
    }

    [Fact]
    public async Task PrioritiesView_RanksByTheEqualWeightScore_InDutchNumbers()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, WorkedExample()));

        Assert.Equal(["41,7", "33,3", "25,0", "0,0"], cut.FindAll("[data-testid=priority-score]").Select(s => s.TextContent));
        Assert.Equal(100, WidthOf(cut.FindAll(".hbar-fill")[0]));
    }

    [Fact]
    public async Task PrioritiesView_ShowsTheDotsPerSide()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, WorkedExample()));

        var first = cut.FindAll("[data-testid=priority-dots]")[0];
        Assert.Equal("6 van CBS/VB 3 van MAT", Squashed(first.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=priorities-split-notice]"));
    }

    [Fact]
    public async Task PrioritiesView_ShowsAnders_OnlyWhenSomeoneOfAndersGaveDots()
    {
        await using var ctx = TestServices.NewContext();

        var without = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, WorkedExample()));
        var with = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, WorkedExample(andersOnA: 3)));

        Assert.DoesNotContain("anders", without.Markup, StringComparison.Ordinal);
        Assert.Equal("6 van CBS/VB 3 van MAT 3 van anders", Squashed(with.FindAll("[data-testid=priority-dots]")[0].TextContent));
    }

    [Fact]
    public async Task PrioritiesView_WhenSplitHidden_ShowsTheNotice()
    {
        await using var ctx = TestServices.NewContext();
        var hidden = new PrioritiesScreen(8, false,
        [
            Line("A", new PriorityRow("A", 0, 0, 0, 10, 41.7, false)),
            Line("B", new PriorityRow("B", 0, 0, 0, 14, 58.3, false)),
        ]);

        var cut = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, hidden).Add(c => c.MinimumPerSide, 3));

        Assert.StartsWith("Geen stippen per kant: een kant heeft minder dan 3 stemmers", cut.Find("[data-testid=priorities-split-notice]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["10 stippen", "14 stippen"], cut.FindAll("[data-testid=priority-dots]").Select(d => d.TextContent.Trim()));
        Assert.DoesNotContain("CBS/VB", Squashed(cut.Find(".priority-list").TextContent), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=both-sides]"));
    }

    [Fact]
    public async Task PrioritiesView_CountsTheRowsItLeavesOut()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<PrioritiesView>(p => p.Add(c => c.Priorities, WorkedExample()).Add(c => c.MaxRows, 3));

        Assert.Equal(3, cut.FindAll("[data-testid=priority-row]").Count);
        Assert.Contains("en nog 1 werkpunten", cut.Find("[data-testid=priorities-more]").TextContent, StringComparison.Ordinal);
    }
}
