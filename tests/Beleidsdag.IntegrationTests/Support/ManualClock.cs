namespace Beleidsdag.IntegrationTests.Support;

/// <summary>
/// A clock the test moves by hand, for the whole app: the time stands still until <see cref="Advance"/>.
/// Not FakeTimeProvider: its timers fire only when it is advanced, and the app's notifier and writer run
/// on timers. Timers here are the system's, so pushes and commits go on as usual.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly long _startTimestamp = System.GetTimestamp();
    private readonly DateTimeOffset _startTime = System.GetUtcNow();
    private TimeSpan _advanced;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _startTime + _advanced;
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _startTimestamp + (long)(_advanced.TotalSeconds * TimestampFrequency);
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _advanced += by;
        }
    }
}
