namespace Beleidsdag.Web.Features.Participate;

/// <summary>
/// A token bucket that refills from the clock when it is used. A thousand idle phones then cost nothing:
/// no timer per bucket and no heartbeat walking every bucket (System.Threading.RateLimiting's partitioned
/// limiter walks all partitions every 100 ms, which was a steady share of the server's CPU in a full room).
/// </summary>
internal sealed class TokenBucket(int capacity, double tokensPerSecond, long nowTimestamp)
{
    private readonly Lock _gate = new();
    private double _tokens = capacity;
    private long _refilledAt = nowTimestamp;

    /// <summary>Takes one token if there is one; timestamps and their frequency come from a <see cref="TimeProvider"/>.</summary>
    public bool TryTake(long nowTimestamp, long ticksPerSecond)
    {
        lock (_gate)
        {
            var elapsedSeconds = (double)Math.Max(0, nowTimestamp - _refilledAt) / ticksPerSecond;
            _tokens = Math.Min(capacity, _tokens + (elapsedSeconds * tokensPerSecond));
            _refilledAt = nowTimestamp;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }

    /// <summary>Whether the bucket has refilled completely: it then behaves as a new one, and may be dropped.</summary>
    public bool IsFull(long nowTimestamp, long ticksPerSecond)
    {
        lock (_gate)
        {
            var elapsedSeconds = (double)Math.Max(0, nowTimestamp - _refilledAt) / ticksPerSecond;
            return _tokens + (elapsedSeconds * tokensPerSecond) >= capacity;
        }
    }
}
