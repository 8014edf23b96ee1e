using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Hosting;

/// <summary>
/// Rate limits on the participant hub. The HTTP rate limiter never sees hub calls, and the whole room
/// shares one IP address, so the limits are per participant (submissions), per connection (join
/// attempts) and one global cap. A limited call gets a HubException "rate-limited": the phone keeps the
/// item and tries again later.
/// </summary>
public sealed class ParticipantRateLimitFilter(IOptions<BeleidsdagOptions> options, TimeProvider clock) : IHubFilter
{
    private const int JoinAttempts = 10;
    private const double JoinAttemptsPerSecond = 1 / 6.0;

    private readonly ConcurrentDictionary<string, TokenBucket> _perCaller = new(StringComparer.Ordinal);
    private readonly TokenBucket _global = new(options.Value.ParticipantCallsPerSecond * 2, options.Value.ParticipantCallsPerSecond, clock.GetTimestamp());
    private readonly int _perSecond = options.Value.SubmissionsPerSecondPerParticipant;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var now = clock.GetTimestamp();
        var caller = invocationContext.HubMethodName == "Join" || !invocationContext.Context.Items.TryGetValue("participant", out var participant)
            ? JoinKey(invocationContext.Context.ConnectionId)
            : $"participant:{participant}";
        var bucket = _perCaller.GetOrAdd(caller, key => key.StartsWith("join:", StringComparison.Ordinal)
            ? new TokenBucket(JoinAttempts, JoinAttemptsPerSecond, now)
            : new TokenBucket(_perSecond * 2, _perSecond, now));
        if (!bucket.TryTake(now, clock.TimestampFrequency) || !_global.TryTake(now, clock.TimestampFrequency))
        {
            throw new HubException("rate-limited");
        }

        return await next(invocationContext);
    }

    /// <summary>A connection's join bucket goes with it; a participant's bucket stays (one per participant, and it outlives reconnects).</summary>
    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _perCaller.TryRemove(JoinKey(context.Context.ConnectionId), out _);
        return next(context, exception);
    }

    private static string JoinKey(string connectionId) => $"join:{connectionId}";
}
