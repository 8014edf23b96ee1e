using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.LoadTest;

/// <summary>
/// A phone of the reference hub (tests/Beleidsdag.ReferenceHub): its own WebSocket connection, negotiated as
/// a browser would unless told not to, and one <c>Vote</c> per question with a new idempotency key.
/// </summary>
internal sealed class ReferencePhone : IAsyncDisposable
{
    public const string HubPath = "/hubs/reference";

    private HubConnection? _hub;

    public bool Ready => _hub is not null;

    public async Task ConnectAsync(Uri baseUrl, bool skipNegotiation, CancellationToken cancellation)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, HubPath), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = skipNegotiation;
            })
            .Build();
        try
        {
            await hub.StartAsync(cancellation);
            _hub = hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>Votes once and records when the hub acknowledged it (an ok ack is the hub's <c>true</c>).</summary>
    public async Task VoteAsync(string question, AnswerOutcome outcome, CancellationToken cancellation)
    {
        var hub = _hub ?? throw new InvalidOperationException("Not connected.");
        outcome.SentAt = Stopwatch.GetTimestamp();
        try
        {
            var key = Guid.NewGuid().ToString("N");
            var ok = await hub.InvokeAsync<bool>("Vote", question, key, outcome.OptionId, cancellation);
            outcome.AckedAt = Stopwatch.GetTimestamp();
            outcome.Ack = new Wire.Ack(key, ok, ok ? "ok" : "not-committed", null, Superseded: false);
            if (!ok)
            {
                outcome.Failure = "rejected: not-committed";
            }
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or OperationCanceledException or IOException)
        {
            outcome.Failure = $"{e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>The hub's committed count for <paramref name="question"/>.</summary>
    public Task<int> CountAsync(string question, CancellationToken cancellation) =>
        (_hub ?? throw new InvalidOperationException("Not connected.")).InvokeAsync<int>("Count", question, cancellation);

    public async ValueTask DisposeAsync()
    {
        if (_hub is { } hub)
        {
            _hub = null;
            await hub.DisposeAsync();
        }
    }
}
