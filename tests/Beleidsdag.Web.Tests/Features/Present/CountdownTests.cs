using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class CountdownTests
{
    private const string SignalModule = "./js/screen-signal.js";

    [Fact]
    public async Task Countdown_ShowsMinutesAndSeconds_RoundedUp()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = ctx.Render<Countdown>(p => p.Add(c => c.Timer, Running(TimeSpan.FromSeconds(24 * 60 + 59.2))));

        Assert.Equal("25:00", cut.Find("[data-testid=countdown-digits]").TextContent);
    }

    [Fact]
    public async Task Countdown_WhenPaused_ShowsTheTimeLeftAndSaysSo()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = ctx.Render<Countdown>(p => p.Add(c => c.Timer, Paused(TimeSpan.FromMinutes(9))));

        Assert.Equal("9:00", cut.Find("[data-testid=countdown-digits]").TextContent);
        Assert.Equal("gepauzeerd", cut.Find("[data-testid=countdown-paused]").TextContent);
    }

    [Fact]
    public async Task Countdown_WithoutATimer_ShowsNothing()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();

        var cut = ctx.Render<Countdown>(p => p.Add(c => c.Timer, NoTimer));

        Assert.Empty(cut.FindAll("[data-testid=countdown]"));
    }

    [Fact]
    public async Task Countdown_AtZero_ShowsTheSignal()
    {
        await using var ctx = TestServices.NewContext();
        var clock = ctx.UseClock();
        var timer = Running(TimeSpan.FromSeconds(2));
        var cut = ctx.Render<Countdown>(p => p.Add(c => c.Timer, timer).Add(c => c.Large, true));
        Assert.Equal("0:02", cut.Find("[data-testid=countdown-digits]").TextContent);

        clock.Now += TimeSpan.FromSeconds(2);
        cut.Render(p => p.Add(c => c.Timer, timer));

        Assert.Equal("Tijd is om!", cut.Find("[data-testid=countdown-done]").TextContent);
        Assert.Contains("countdown-expired", cut.Find("[data-testid=countdown]").ClassList);
        Assert.Empty(cut.FindAll("[data-testid=countdown-digits]"));
    }

    [Fact]
    public async Task Countdown_OnTheScreen_BeepsOnceWhenItReachesZero()
    {
        await using var ctx = TestServices.NewContext();
        var clock = ctx.UseClock();
        var module = ctx.JSInterop.SetupModule(SignalModule);
        module.SetupVoid("beep");
        var timer = Running(TimeSpan.FromSeconds(5));
        var cut = ctx.Render<Countdown>(p => p.Add(c => c.Timer, timer).Add(c => c.PlaySignal, true));

        clock.Now += TimeSpan.FromSeconds(6);
        cut.Render(p => p.Add(c => c.Timer, timer));
        clock.Now += TimeSpan.FromSeconds(6);
        cut.Render(p => p.Add(c => c.Timer, timer));

        module.VerifyInvoke("beep", calledTimes: 1);
    }

    [Fact]
    public async Task Countdown_OpenedAfterZero_StaysSilent()
    {
        await using var ctx = TestServices.NewContext();
        ctx.UseClock();
        var module = ctx.JSInterop.SetupModule(SignalModule);
        module.SetupVoid("beep");

        var cut = ctx.Render<Countdown>(p => p.Add(c => c.Timer, Running(TimeSpan.FromSeconds(-30))).Add(c => c.PlaySignal, true));

        Assert.NotNull(cut.Find("[data-testid=countdown-done]"));
        module.VerifyNotInvoke("beep");
    }

    [Fact]
    public async Task Countdown_OnTheConsole_NeverBeeps()
    {
        await using var ctx = TestServices.NewContext();
        var clock = ctx.UseClock();
        var module = ctx.JSInterop.SetupModule(SignalModule);
        module.SetupVoid("beep");
        var timer = Running(TimeSpan.FromSeconds(5));
        var cut = ctx.Render<Countdown>(p => p.Add(c => c.Timer, timer));

        clock.Now += TimeSpan.FromSeconds(6);
        cut.Render(p => p.Add(c => c.Timer, timer));

        Assert.NotNull(cut.Find("[data-testid=countdown-done]"));
        module.VerifyNotInvoke("beep");
    }
}
