using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Hosting;

/// <summary>
/// Rate limits on the participant hub. The HTTP rate limiter never sees hub calls, and the whole room
/// shares one IP address, so the limits are per participant (submissions), per connection (join
/// attempts) and one global cap. A limited call gets a HubException "rate-limited": the phone keeps the
/// item and tries again later.
/// </summary>
public sealed class ParticipantRateLimitFilter : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perCaller;
    private readonly TokenBucketRateLimiter _global;

    public ParticipantRateLimitFilter(IOptions<BeleidsdagOptions> options)
    {
        var perSecond = options.Value.SubmissionsPerSecondPerParticipant;
        _perCaller = PartitionedRateLimiter.Create<string, string>(key => key.StartsWith("join:", StringComparison.Ordinal)
            ? RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(10, 1, TimeSpan.FromSeconds(6), autoReplenish: false))
            : RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(perSecond * 2, perSecond, TimeSpan.FromSeconds(1), autoReplenish: false)));
        var global = options.Value.ParticipantCallsPerSecond;
        _global = new TokenBucketRateLimiter(Bucket(global * 2, global / 10 + 1, TimeSpan.FromMilliseconds(100), autoReplenish: true));
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var caller = invocationContext.HubMethodName == "Join" || !invocationContext.Context.Items.TryGetValue("participant", out var participant)
            ? $"join:{invocationContext.Context.ConnectionId}"
            : $"participant:{participant}";
        using var lease = _perCaller.AttemptAcquire(caller);
        using var globalLease = _global.AttemptAcquire();
        if (!lease.IsAcquired || !globalLease.IsAcquired)
        {
            throw new HubException("rate-limited");
        }

        return await next(invocationContext);
    }

    // Inside a PartitionedRateLimiter the partitions must not replenish themselves: with AutoReplenishment
    // every phone's bucket owns a timer that fires each period (thousands of thread-pool wake-ups a second
    // with the room idle). The partitioned limiter's own 100 ms heartbeat replenishes them instead.
    private static TokenBucketRateLimiterOptions Bucket(int limit, int refill, TimeSpan period, bool autoReplenish) => new()
    {
        TokenLimit = limit,
        TokensPerPeriod = refill,
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = autoReplenish,
    };

    public void Dispose()
    {
        _perCaller.Dispose();
        _global.Dispose();
    }
}
