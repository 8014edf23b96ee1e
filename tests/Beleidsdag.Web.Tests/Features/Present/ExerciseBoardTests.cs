using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class ExerciseBoardTests
{
    [Fact]
    public async Task ExerciseBoard_ShowsEachGroupsProgressTowardTheTarget()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = ctx.Render<ExerciseBoard>(p => p.Add(c => c.Exercise, Exercise([3, 2, 0, 1], timer: Running(TimeSpan.FromMinutes(25)))).Add(c => c.JoinUrl, JoinUrl));

        Assert.Equal(
            ["3 / 3 werkpunten ✓", "2 / 3 werkpunten", "0 / 3 werkpunten", "1 / 3 werkpunten"],
            cut.FindAll("[data-testid=group-progress]").Select(e => Squashed(e.TextContent)));
        Assert.Contains("group-tile-done", cut.FindAll("[data-testid=group-tile]")[0].ClassList);
        Assert.Equal("25:00", cut.Find("[data-testid=countdown-digits]").TextContent);
        Assert.Equal(4, cut.FindAll(".group-tile-qr svg").Count);
        Assert.Equal(FourPhases.Select(g => $"{JoinUrl}?groep={g.Id}"), cut.FindAll(".group-tile-qr").Select(q => q.GetAttribute("data-link")));
    }

    [Fact]
    public async Task ExerciseBoard_AtZero_ShowsTimeIsUp()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = ctx.Render<ExerciseBoard>(p => p.Add(c => c.Exercise, Exercise([3, 2, 0, 1], timer: Running(TimeSpan.FromSeconds(-1)))).Add(c => c.JoinUrl, JoinUrl));

        Assert.Equal("Tijd is om!", cut.Find("[data-testid=countdown-done]").TextContent);
    }

    [Fact]
    public async Task ExerciseBoard_OffersTheSoundSwitch_UntilTheBrowserMaySound()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        var module = ctx.JSInterop.SetupModule("./js/screen-signal.js");
        module.Setup<string?>("status").SetResult("off");

        var cut = ctx.Render<ExerciseBoard>(p => p.Add(c => c.Exercise, Exercise([0, 0, 0, 0])).Add(c => c.JoinUrl, JoinUrl));

        cut.WaitForAssertion(() => Assert.Equal("Geluid aan", cut.Find("[data-testid=sound-on]").TextContent.Trim()));
    }
}
