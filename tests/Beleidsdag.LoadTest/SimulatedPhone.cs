using System.Diagnostics;
using Beleidsdag.LoadTest.Wire;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.LoadTest;

/// <summary>What happened to one phone's answer.</summary>
internal sealed class AnswerOutcome
{
    public required string OptionId { get; init; }

    /// <summary>Stopwatch timestamp of the first send.</summary>
    public long SentAt { get; set; }

    /// <summary>Stopwatch timestamp of the ack (0 when none came).</summary>
    public long AckedAt { get; set; }

    public Ack? Ack { get; set; }

    public int RateLimitedRetries { get; set; }

    public string? Failure { get; set; }

    public bool IsAcked => Ack is { Ok: true, Superseded: false };
}

/// <summary>
/// One phone speaking the participant protocol over its own WebSocket connection (as a real phone has
/// its own browser): join with no token, choose a side, answer once. Like the phone page it keeps an
/// item that was rate-limited and sends it again with the same idempotency key.
/// </summary>
internal sealed class SimulatedPhone(int index, string side) : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private HubConnection? _hub;
    private long _seq;
    private int _roomChanges;

    public int Index { get; } = index;

    public string Side { get; } = side;

    public string? Token { get; private set; }

    public string? ParticipantId { get; private set; }

    public bool Ready { get; private set; }

    public int RoomChanges => _roomChanges;

    /// <summary>Calls of this phone refused with "rate-limited" and sent again.</summary>
    public int RateLimitedCalls { get; private set; }

    public AnswerOutcome? Answer { get; set; }

    public async Task ConnectAsync(Uri baseUrl, bool skipNegotiation, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            var hub = new HubConnectionBuilder()
                .WithUrl(new Uri(baseUrl, "/hubs/participant"), o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = skipNegotiation;
                })
                .WithBeleidsdagJson()
                .Build();
            hub.On<RoomState>("RoomChanged", _ => Interlocked.Increment(ref _roomChanges));
            try
            {
                await hub.StartAsync(cancellation);
                _hub = hub;
                return;
            }
            catch (Exception e) when (attempt < 3 && e is HttpRequestException or System.Net.WebSockets.WebSocketException or TimeoutException or IOException)
            {
                await hub.DisposeAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellation);
            }
            catch
            {
                await hub.DisposeAsync();
                throw;
            }
        }
    }

    public async Task<JoinResponse> JoinAsync(string joinCode, CancellationToken cancellation)
    {
        var response = await InvokeWithRetryAsync<JoinResponse>("Join", new JoinRequest(joinCode, Token), cancellation);
        if (response.Ok)
        {
            Token ??= response.Token;
            ParticipantId = response.ParticipantId;
        }

        return response;
    }

    public async Task<Ack> ChooseSideAsync(CancellationToken cancellation)
    {
        var ack = await InvokeWithRetryAsync<Ack>("ChooseSide", new SideChoice(Side, NewKey()), cancellation);
        Ready = ack.Ok;
        return ack;
    }

    /// <summary>Sends the answer once (resending only what was rate-limited) and records when it was acknowledged.</summary>
    public async Task AnswerAsync(string questionId, AnswerOutcome outcome, CancellationToken cancellation)
    {
        var submission = new AnswerSubmission(questionId, [outcome.OptionId], NewKey(), ++_seq);
        outcome.SentAt = Stopwatch.GetTimestamp();
        try
        {
            var ack = await InvokeWithRetryAsync<Ack>("Answer", submission, cancellation, retried => outcome.RateLimitedRetries = retried);
            outcome.AckedAt = Stopwatch.GetTimestamp();
            outcome.Ack = ack;
            if (!ack.Ok)
            {
                outcome.Failure = $"rejected: {ack.Code}";
            }
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or OperationCanceledException or IOException)
        {
            outcome.Failure = $"{e.GetType().Name}: {e.Message}";
        }
    }

    public Task<JoinResponse> GetStateAsync(CancellationToken cancellation) =>
        InvokeWithRetryAsync<JoinResponse>("GetState", null, cancellation);

    public async ValueTask DisposeAsync()
    {
        if (_hub is { } hub)
        {
            _hub = null;
            await hub.DisposeAsync();
        }
    }

    private async Task<T> InvokeWithRetryAsync<T>(string method, object? argument, CancellationToken cancellation, Action<int>? onRetry = null)
    {
        var hub = _hub ?? throw new InvalidOperationException("Not connected.");
        for (var retried = 0; ; retried++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(CallTimeout);
            try
            {
                return argument is null
                    ? await hub.InvokeAsync<T>(method, timeout.Token)
                    : await hub.InvokeAsync<T>(method, argument, timeout.Token);
            }
            catch (HubException e) when (e.Message.Contains("rate-limited", StringComparison.Ordinal) && retried < 50)
            {
                RateLimitedCalls++;
                onRetry?.Invoke(retried + 1);
                // The phone keeps the item and resends it later with the same key.
                await Task.Delay(TimeSpan.FromMilliseconds(100 + Random.Shared.Next(200)), cancellation);
            }
        }
    }

    /// <summary>An idempotency key: 32 characters of [0-9a-f], within the protocol's 8–64 [A-Za-z0-9_-].</summary>
    private static string NewKey() => Guid.NewGuid().ToString("N");
}
