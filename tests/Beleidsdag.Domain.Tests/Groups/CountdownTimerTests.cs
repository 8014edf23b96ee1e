using Beleidsdag.Domain.Groups;

namespace Beleidsdag.Domain.Tests.Groups;

public class CountdownTimerTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_KeepsAnEndTime_SoARestartKnowsWhatIsLeft()
    {
        var timer = CountdownTimer.Start(TimeSpan.FromMinutes(25), Nine);

        Assert.Equal(Nine.AddMinutes(25), timer.EndsAt);
        Assert.Equal(TimeSpan.FromMinutes(15), timer.Left(Nine.AddMinutes(10)));
        Assert.Equal(TimeSpan.Zero, timer.Left(Nine.AddMinutes(30)));
    }

    [Fact]
    public void Pause_ThenResume_KeepsTheTimeThatWasLeft()
    {
        var paused = CountdownTimer.Start(TimeSpan.FromMinutes(25), Nine).Pause(Nine.AddMinutes(10));

        var resumed = paused.Resume(Nine.AddMinutes(40));

        Assert.Equal(TimeSpan.FromMinutes(15), paused.Left(Nine.AddHours(3)));
        Assert.Equal(Nine.AddMinutes(55), resumed.EndsAt);
    }

    [Fact]
    public void Extend_AfterZero_CountsFromNow()
    {
        var timer = CountdownTimer.Start(TimeSpan.FromMinutes(5), Nine).Extend(TimeSpan.FromMinutes(5), Nine.AddMinutes(8));

        Assert.Equal(Nine.AddMinutes(13), timer.EndsAt);
    }
}
