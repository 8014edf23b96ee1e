using System.Collections.Concurrent;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// Refused participant hub calls in the log: a Warning without a stack trace, at most one a minute per caller
/// (a participant, or a connection before it joined) and reason, saying how many were left out since. One
/// phone calling a thousand times a second would otherwise fill the disk with stack traces and cost the
/// server more CPU than the room; the refusal itself is an answer to the phone, not an error of the server.
/// </summary>
public sealed partial class RefusalLog(ILogger<RefusalLog> logger, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Dictionary<string, Reason>> _byCaller = new(StringComparer.Ordinal);

    public static string ParticipantCaller(string participantId) => $"participant {participantId}";

    public static string ConnectionCaller(string connectionId) => $"connection {connectionId}";

    public void Refused(string caller, string method, string reason)
    {
        var now = clock.GetTimestamp();
        var reasons = _byCaller.GetOrAdd(caller, _ => new Dictionary<string, Reason>(StringComparer.Ordinal));
        int leftOut;
        lock (reasons)
        {
            if (!reasons.TryGetValue(reason, out var seen))
            {
                seen = new Reason();
                reasons[reason] = seen;
            }
            else if (clock.GetElapsedTime(seen.LoggedAt, now) < Interval)
            {
                seen.LeftOut++;
                return;
            }

            leftOut = seen.LeftOut;
            seen.LeftOut = 0;
            seen.LoggedAt = now;
        }

        LogRefused(logger, method, caller, reason, leftOut);
    }

    /// <summary>A closed connection's entries go with it; a participant's stay (it comes back on a new connection).</summary>
    public void Forget(string caller) => _byCaller.TryRemove(caller, out _);

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Participant hub refused {Method} from {Caller}: {Reason} ({LeftOut} more like it since the last entry were not logged)")]
    private static partial void LogRefused(ILogger logger, string method, string caller, string reason, int leftOut);

    private sealed class Reason
    {
        public long LoggedAt { get; set; }

        public int LeftOut { get; set; }
    }
}
