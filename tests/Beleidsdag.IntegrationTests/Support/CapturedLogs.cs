using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Beleidsdag.IntegrationTests.Support;

/// <summary>Every log entry the app writes at Warning or above (the tests' app logs nothing below), for asserting on them.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
    }
}
