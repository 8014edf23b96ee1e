using Beleidsdag.Web.Features.Facilitate.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Facilitate;

public class GroupOverviewTests
{
    private static readonly IReadOnlyList<WerkpuntView> Werkpunten =
    [
        Werkpunt("w1", "g1", "Adviesvraag komt te laat", plusOnes: 4),
        Werkpunt("w2", "g1", "Wie neemt het initiatief?"),
        Werkpunt("w3", "g1", "Externe adviezen"),
        Werkpunt("w4", "g2", "Beslissingen zijn te vaag"),
    ];

    private static IRenderedComponent<GroupOverview> Render(
        BunitContext ctx,
        ExerciseScreen? exercise = null,
        IReadOnlyList<WerkpuntView>? werkpunten = null,
        Action<WerkpuntHiding>? onHide = null,
        Action<WerkpuntMerge>? onMerge = null) =>
        ctx.Render<GroupOverview>(p => p
            .Add(c => c.Exercise, exercise ?? Exercise([3, 1, 0, 0]))
            .Add(c => c.Werkpunten, werkpunten ?? Werkpunten)
            .Add(c => c.JoinUrl, JoinUrl)
            .Add(c => c.OnHide, onHide ?? (_ => { }))
            .Add(c => c.OnMerge, onMerge ?? (_ => { }))
            .Add(c => c.OnRevise, _ => { }));

    [Fact]
    public async Task GroupOverview_ShowsProgressTowardTheTarget()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = Render(ctx);

        Assert.Equal(
            ["3 / 3 werkpunten ✓", "1 / 3 werkpunten", "0 / 3 werkpunten", "0 / 3 werkpunten"],
            cut.FindAll("[data-testid=group-progress]").Select(e => Squashed(e.TextContent)));
        Assert.Equal(3, cut.FindAll("[data-testid=group-column]")[0].QuerySelectorAll("[data-testid=werkpunt-card]").Length);
    }

    [Fact]
    public async Task GroupOverview_ShowsWhoIsInEachGroup_PerSide()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        var exercise = Exercise([0, 0, 0, 0]) is var e
            ? e with { Groups = [Progress(FourPhases[0], 5, 0, cbsVb: 2, mat: 3), .. e.Groups.Skip(1)] }
            : null;

        var cut = Render(ctx, exercise);

        Assert.Equal("5 deelnemers · CBS/VB 2 · MAT 3", cut.FindAll("[data-testid=group-members]")[0].TextContent);
    }

    [Fact]
    public async Task GroupOverview_ShowsLastActivity_InTheRoomsTime()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock(TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
        var exercise = Exercise([1, 0, 0, 0]) is var e
            ? e with { Groups = [Progress(FourPhases[0], 4, 1, last: new DateTimeOffset(2026, 11, 28, 9, 42, 0, TimeSpan.Zero)), .. e.Groups.Skip(1)] }
            : null;

        var cut = Render(ctx, exercise);

        var last = cut.FindAll("[data-testid=group-last]");
        Assert.Equal("laatst bewerkt om 10:42", last[0].TextContent);
        Assert.Equal("nog niets geschreven", last[1].TextContent);
    }

    [Fact]
    public async Task GroupOverview_LinksEachGroupToItsOwnPhonePage()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = Render(ctx);

        Assert.Equal(
            FourPhases.Select(g => $"{JoinUrl}?groep={g.Id}"),
            cut.FindAll("[data-testid=group-link]").Select(a => a.GetAttribute("href")));
        Assert.Equal(4, cut.FindAll(".group-link-qr svg").Count);
    }

    [Fact]
    public async Task GroupOverview_Verbergen_AsksToHideThatWerkpunt()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        WerkpuntHiding? asked = null;

        var cut = Render(ctx, onHide: h => asked = h);
        cut.FindAll("[data-testid=werkpunt-hide]")[1].Click();

        Assert.Equal(new WerkpuntHiding("w2", true), asked);
    }

    [Fact]
    public async Task GroupOverview_AMergedWerkpunt_NamesWhereItWentAndCanBeShownAgain()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        WerkpuntHiding? asked = null;
        IReadOnlyList<WerkpuntView> werkpunten = [Werkpunten[0], Werkpunt("w2", "g1", "Adviesvraag te laat", hidden: true, mergedInto: "w1")];

        var cut = Render(ctx, werkpunten: werkpunten, onHide: h => asked = h);
        var merged = cut.FindAll("[data-testid=werkpunt-card]")[1];

        Assert.Contains("Samengevoegd met “Adviesvraag komt te laat”", merged.QuerySelector("[data-testid=werkpunt-state]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tonen", merged.QuerySelector("[data-testid=werkpunt-hide]")!.TextContent.Trim());
        merged.QuerySelector("[data-testid=werkpunt-hide]")!.Click();
        Assert.Equal(new WerkpuntHiding("w2", false), asked);
    }

    [Fact]
    public async Task GroupOverview_ShowsPlusOnesOnTheCard()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = Render(ctx);

        Assert.Equal(["+4"], cut.FindAll("[data-testid=werkpunt-plus]").Select(e => e.TextContent));
    }

    [Fact]
    public async Task GroupOverview_DuringThePlenary_MarksTheWerkpuntOnTheScreen()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = Render(ctx, Exercise([3, 1, 0, 0], plenary: (0, 1), shown: Werkpunten[1]));

        var marked = Assert.Single(cut.FindAll("[data-testid=werkpunt-card]"), c => c.QuerySelector("[data-testid=werkpunt-on-screen]") is not null);
        Assert.Equal("Wie neemt het initiatief?", marked.QuerySelector("[data-testid=werkpunt-text]")!.TextContent);
    }
}
