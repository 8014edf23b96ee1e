using Beleidsdag.Web.Features.Facilitate.Components;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;

namespace Beleidsdag.Web.Tests.Features.Facilitate;

public class TimerControlsTests
{
    [Fact]
    public async Task TimerControls_WithoutATimer_StartTwentyFiveMinutes()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        TimerCommand? sent = null;

        var cut = ctx.Render<TimerControls>(p => p.Add(c => c.Timer, NoTimer).Add(c => c.OnCommand, c => sent = c));
        cut.Find("[data-testid=timer-start]").Click();

        Assert.Equal(new TimerCommand(TimerAction.Start, 25), sent);
        Assert.Empty(cut.FindAll("[data-testid=timer-pause]"));
    }

    [Fact]
    public async Task TimerControls_WhileRunning_OfferPauseFiveMoreMinutesAndStop()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        TimerCommand? sent = null;

        var cut = ctx.Render<TimerControls>(p => p.Add(c => c.Timer, Running(TimeSpan.FromMinutes(10))).Add(c => c.OnCommand, c => sent = c));

        Assert.Empty(cut.FindAll("[data-testid=timer-start]"));
        Assert.NotNull(cut.Find("[data-testid=timer-pause]"));
        Assert.NotNull(cut.Find("[data-testid=timer-stop]"));
        cut.Find("[data-testid=timer-extend]").Click();
        Assert.Equal(new TimerCommand(TimerAction.Extend, 5), sent);
    }

    [Fact]
    public async Task TimerControls_WhenPaused_OfferResume()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        TimerCommand? sent = null;

        var cut = ctx.Render<TimerControls>(p => p.Add(c => c.Timer, Paused(TimeSpan.FromMinutes(3))).Add(c => c.OnCommand, c => sent = c));
        cut.Find("[data-testid=timer-resume]").Click();

        Assert.Equal(TimerAction.Resume, sent?.Action);
    }
}
