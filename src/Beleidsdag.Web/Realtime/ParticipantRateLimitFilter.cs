using System.Collections.Concurrent;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Participate;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// Rate limits on the participant hub. The HTTP rate limiter never sees hub calls, and the whole room
/// shares one IP address, so the limits are per participant (submissions), per connection (join
/// attempts) and one global cap. A limited call is answered, not thrown: an Ack (or JoinResponse) with the
/// transient code "rate-limited", so the phone keeps the item and tries again later. A thrown HubException
/// costs an Error with a stack trace in the log for every call. Every call passes here, so refusals (these
/// and the services' permanent ones) are logged here too, thinned out by <see cref="RefusalLog"/>.
/// </summary>
public sealed class ParticipantRateLimitFilter(IOptions<BeleidsdagOptions> options, TimeProvider clock, RefusalLog refusals) : IHubFilter
{
    public const string RateLimited = "rate-limited";
    private const string RateLimitedMessage = "Even geduld: er kwam te veel tegelijk binnen. Je telefoon probeert het zo opnieuw.";
    private const int JoinAttempts = 10;
    private const double JoinAttemptsPerSecond = 1 / 6.0;

    private readonly ConcurrentDictionary<string, TokenBucket> _perCaller = new(StringComparer.Ordinal);
    private readonly TokenBucket _global = new(options.Value.ParticipantCallsPerSecond * 2, options.Value.ParticipantCallsPerSecond, clock.GetTimestamp());
    private readonly int _perSecond = options.Value.SubmissionsPerSecondPerParticipant;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var now = clock.GetTimestamp();
        var joined = invocationContext.Context.Items.TryGetValue("participant", out var participant);
        var caller = invocationContext.HubMethodName == "Join" || !joined
            ? JoinKey(invocationContext.Context.ConnectionId)
            : $"participant:{participant}";
        var bucket = _perCaller.GetOrAdd(caller, key => key.StartsWith("join:", StringComparison.Ordinal)
            ? new TokenBucket(JoinAttempts, JoinAttemptsPerSecond, now)
            : new TokenBucket(_perSecond * 2, _perSecond, now));
        if (!bucket.TryTake(now, clock.TimestampFrequency) || !_global.TryTake(now, clock.TimestampFrequency))
        {
            refusals.Refused(LogCaller(invocationContext.Context, joined, participant), invocationContext.HubMethodName, RateLimited);
            return Refusal(invocationContext);
        }

        var result = await next(invocationContext);
        if (RefusalCode(result) is { } code)
        {
            refusals.Refused(LogCaller(invocationContext.Context, joined, participant), invocationContext.HubMethodName, code);
        }

        return result;
    }

    /// <summary>A connection's join bucket goes with it; a participant's bucket stays (one per participant, and it outlives reconnects).</summary>
    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _perCaller.TryRemove(JoinKey(context.Context.ConnectionId), out _);
        refusals.Forget(RefusalLog.ConnectionCaller(context.Context.ConnectionId));
        return next(context, exception);
    }

    private static string JoinKey(string connectionId) => $"join:{connectionId}";

    private static string LogCaller(HubCallerContext context, bool joined, object? participant) =>
        joined ? RefusalLog.ParticipantCaller((string)participant!) : RefusalLog.ConnectionCaller(context.ConnectionId);

    /// <summary>"Not joined" is the ordinary way back after a reconnect, not a refusal worth a line in the log.</summary>
    private static string? RefusalCode(object? result) => result switch
    {
        Ack { Ok: false, Code: not ParticipationService.NotJoined } ack => ack.Code,
        JoinResponse { Ok: false, Code: not ParticipationService.NotJoined } response => response.Code,
        _ => null,
    };

    /// <summary>The refusal in the shape the method returns: an Ack that echoes the key, a JoinResponse, or null (a screen view).</summary>
    private static object? Refusal(HubInvocationContext invocation)
    {
        var returns = invocation.HubMethod.ReturnType;
        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
        {
            returns = returns.GetGenericArguments()[0];
        }

        return returns == typeof(Ack) ? new Ack(KeyOf(invocation.HubMethodArguments), false, RateLimited, RateLimitedMessage, false)
            : returns == typeof(JoinResponse) ? JoinResponse.Failed(RateLimited, RateLimitedMessage)
            : null;
    }

    private static string? KeyOf(IReadOnlyList<object?> arguments) => arguments is [var argument] ? argument switch
    {
        AnswerSubmission a => a.Key,
        SideChoice s => s.Key,
        GroupChoice g => g.Key,
        WerkpuntSubmission w => w.Key,
        ReactionSubmission r => r.Key,
        DotsSubmission d => d.Key,
        ConsentSubmission c => c.Key,
        _ => null,
    } : null;
}
