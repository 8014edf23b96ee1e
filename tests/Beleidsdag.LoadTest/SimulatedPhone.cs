using System.Diagnostics;
using Beleidsdag.LoadTest.Wire;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.LoadTest;

/// <summary>What happened to one phone's answer (or, in the group exercise, its new werkpunt).</summary>
internal sealed class AnswerOutcome
{
    /// <summary>Single choice: the option chosen.</summary>
    public string? OptionId { get; init; }

    /// <summary>Word cloud and open text: the texts as sent (the server trims them).</summary>
    public IReadOnlyList<string>? Texts { get; init; }

    /// <summary>Group exercise: the new werkpunt's text as sent.</summary>
    public string? WerkpuntText { get; init; }

    /// <summary>Group exercise: its one oplossing.</summary>
    public string? Oplossing { get; init; }

    /// <summary>Stopwatch timestamp of the first send.</summary>
    public long SentAt { get; set; }

    /// <summary>Stopwatch timestamp of the ack (0 when none came).</summary>
    public long AckedAt { get; set; }

    public Ack? Ack { get; set; }

    public int RateLimitedRetries { get; set; }

    public string? Failure { get; set; }

    public bool IsAcked => Ack is { Ok: true, Superseded: false };

    /// <summary>
    /// Whether the phone's own snapshot holds this answer or werkpunt as the server stores it: the chosen
    /// option; the texts, each trimmed (the server's cleaning, docs/protocol.md); the werkpunt's trimmed text
    /// on its group's board.
    /// </summary>
    public bool IsIn(JoinResponse state)
    {
        if (WerkpuntText is { } werkpunt)
        {
            var stored = werkpunt.Trim();
            return state.Mine?.Board?.Werkpunten.Any(w => w.Content.Text == stored) == true;
        }

        if (state.MyAnswer is not { } mine)
        {
            return false;
        }

        return Texts is { } texts
            ? mine.Texts is { } got && got.SequenceEqual(texts.Select(t => t.Trim()), StringComparer.Ordinal)
            : mine.OptionIds.SequenceEqual([OptionId!], StringComparer.Ordinal);
    }

    /// <summary>Whether the snapshot holds anything of this phone for the measured item (an answer, or its werkpunt).</summary>
    public bool AnythingIn(JoinResponse state) => WerkpuntText is null ? state.MyAnswer is not null : IsIn(state);
}

/// <summary>
/// One phone speaking the participant protocol over its own WebSocket connection (as a real phone has
/// its own browser): join with no token, choose a side, answer once (or save one werkpunt). Like the phone page it keeps an
/// item that was rate-limited and sends it again with the same idempotency key.
/// </summary>
internal sealed class SimulatedPhone(int index, string side) : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private HubConnection? _hub;
    private long _seq;
    private int _roomChanges;
    private int _groupPushes;
    private string? _groupId;

    public int Index { get; } = index;

    public string Side { get; } = side;

    public string? Token { get; private set; }

    public string? ParticipantId { get; private set; }

    public bool Ready { get; private set; }

    public int RoomChanges => _roomChanges;

    /// <summary><c>groupWorkChanged</c> pushes received (group exercise).</summary>
    public int GroupPushes => _groupPushes;

    /// <summary>The group the last <c>groupWorkChanged</c> push named.</summary>
    public string? GroupId => Volatile.Read(ref _groupId);

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
            hub.On<GroupWorkPush>("GroupWorkChanged", push =>
            {
                Volatile.Write(ref _groupId, push.GroupId);
                Interlocked.Increment(ref _groupPushes);
            });
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
    public Task AnswerAsync(string questionId, AnswerOutcome outcome, CancellationToken cancellation) =>
        SendAsync("Answer", new AnswerSubmission(questionId, outcome.OptionId is { } option ? [option] : null, outcome.Texts, NewKey(), ++_seq), outcome, cancellation);

    /// <summary>Saves one new werkpunt in the phone's group (owner "beide", one oplossing), like <see cref="AnswerAsync"/>.</summary>
    public Task SaveWerkpuntAsync(string exerciseId, AnswerOutcome outcome, CancellationToken cancellation) =>
        SendAsync(
            "SaveWerkpunt",
            new WerkpuntSubmission(exerciseId, null, 0, outcome.WerkpuntText!, outcome.Oplossing is { } oplossing ? [oplossing] : [], "beide", "", "", "", NewKey()),
            outcome,
            cancellation);

    private async Task SendAsync(string method, object submission, AnswerOutcome outcome, CancellationToken cancellation)
    {
        outcome.SentAt = Stopwatch.GetTimestamp();
        try
        {
            var ack = await InvokeWithRetryAsync<Ack>(method, submission, cancellation, retried => outcome.RateLimitedRetries = retried);
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
                var result = argument is null
                    ? await hub.InvokeAsync<T>(method, timeout.Token)
                    : await hub.InvokeAsync<T>(method, argument, timeout.Token);
                if (!IsNotNow(result) || retried >= 50)
                {
                    return result;
                }
            }
            catch (HubException e) when (e.Message.Contains("rate-limited", StringComparison.Ordinal) && retried < 50)
            {
                // Servers before the refusal became an answer threw it.
            }

            RateLimitedCalls++;
            onRetry?.Invoke(retried + 1);
            // The phone keeps the item and resends it later with the same key.
            await Task.Delay(TimeSpan.FromMilliseconds(100 + Random.Shared.Next(200)), cancellation);
        }
    }

    /// <summary>The transient refusals of docs/protocol.md: the phone tries again later.</summary>
    private static bool IsNotNow(object? result) =>
        result is Ack { Code: "rate-limited" } or JoinResponse { Code: "rate-limited" or "too-many-joins" };

    /// <summary>An idempotency key: 32 characters of [0-9a-f], within the protocol's 8–64 [A-Za-z0-9_-].</summary>
    private static string NewKey() => Guid.NewGuid().ToString("N");
}
