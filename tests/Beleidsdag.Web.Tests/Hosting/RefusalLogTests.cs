using Beleidsdag.Web.Realtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Hosting;

public sealed class RefusalLogTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly ListLogger _logger = new();

    [Fact]
    public void Refused_ManyTimesInAMinute_IsOneWarningPerCallerAndReason()
    {
        var log = new RefusalLog(_logger, _clock);
        var an = RefusalLog.ParticipantCaller("an");

        for (var i = 0; i < 200; i++)
        {
            log.Refused(an, "Answer", "rate-limited");
            log.Refused(an, "Answer", "question-not-open");
            log.Refused(RefusalLog.ParticipantCaller("bart"), "Answer", "rate-limited");
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(3, _logger.Entries.Count);
        Assert.All(_logger.Entries, e => Assert.Equal((LogLevel.Warning, null), (e.Level, e.Exception)));
    }

    [Fact]
    public void Refused_AMinuteLater_IsLoggedAgain_WithHowManyWereLeftOut()
    {
        var log = new RefusalLog(_logger, _clock);
        var caller = RefusalLog.ConnectionCaller("c1");
        for (var i = 0; i < 50; i++)
        {
            log.Refused(caller, "Join", "unknown-code");
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        log.Refused(caller, "Join", "unknown-code");

        Assert.Equal(2, _logger.Entries.Count);
        Assert.Contains("49 more", _logger.Entries[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forget_AClosedConnection_StartsItAfresh()
    {
        var log = new RefusalLog(_logger, _clock);
        var caller = RefusalLog.ConnectionCaller("c1");
        log.Refused(caller, "Join", "unknown-code");

        log.Forget(caller);
        log.Refused(caller, "Join", "unknown-code");

        Assert.Equal(2, _logger.Entries.Count);
    }

    private sealed class ListLogger : ILogger<RefusalLog>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
