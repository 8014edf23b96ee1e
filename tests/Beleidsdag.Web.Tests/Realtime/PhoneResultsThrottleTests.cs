using Beleidsdag.Web.Realtime;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Realtime;

public sealed class PhoneResultsThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly List<DateTimeOffset> _pushedAt = [];

    private int Pushes => _pushedAt.Count;

    private PhoneResultsThrottle NewThrottle() => new(_clock, () =>
    {
        _pushedAt.Add(_clock.GetUtcNow());
        return Task.CompletedTask;
    });

    [Fact]
    public void Reveal_PushesAtOnce()
    {
        var throttle = NewThrottle();

        throttle.Changed("vraag-1");

        Assert.Equal(1, Pushes);
    }

    [Fact]
    public void WhileHidden_NothingIsPushed_AndNoTimerWaits()
    {
        var throttle = NewThrottle();

        for (var i = 0; i < 50; i++)
        {
            throttle.Changed(null);
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(0, Pushes);
    }

    [Fact]
    public void ManyChanges_AfterTheReveal_ArePushedAtMostOnceASecond()
    {
        var throttle = NewThrottle();
        throttle.Changed("vraag-1");

        // Ten seconds of answers, a change every 100 ms (what the notifier delivers at most).
        for (var i = 0; i < 100; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            throttle.Changed("vraag-1");
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        // Once at the reveal, then once per second: 12 pushes in 11 s, never two within a second.
        Assert.Equal(12, Pushes);
        Assert.All(_pushedAt.Zip(_pushedAt.Skip(1)), pair => Assert.True(pair.Second - pair.First >= PhoneResultsThrottle.Interval));
    }

    [Fact]
    public void LastChange_WithinTheSecond_IsPushedAtItsEnd()
    {
        var throttle = NewThrottle();
        throttle.Changed("vraag-1");

        _clock.Advance(TimeSpan.FromMilliseconds(300));
        throttle.Changed("vraag-1");
        throttle.Changed("vraag-1");
        Assert.Equal(1, Pushes);

        _clock.Advance(TimeSpan.FromMilliseconds(699));
        Assert.Equal(1, Pushes);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, Pushes);
    }

    [Fact]
    public void Hiding_DropsThePendingPush()
    {
        var throttle = NewThrottle();
        throttle.Changed("vraag-1");
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        throttle.Changed("vraag-1");

        throttle.Changed(null);
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, Pushes);
    }

    [Fact]
    public void NextQuestionRevealed_PushesAtOnce()
    {
        var throttle = NewThrottle();
        throttle.Changed("vraag-1");
        _clock.Advance(TimeSpan.FromMilliseconds(200));

        throttle.Changed("vraag-2");

        Assert.Equal(2, Pushes);
    }
}
