using System.Diagnostics;
using Beleidsdag.LoadTest.Wire;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.LoadTest;

/// <summary>
/// One screen view as it arrived: when (Stopwatch timestamp) and the count the run watches — the answered
/// count, or during the group exercise the sum of the groups' werkpunten.
/// </summary>
internal readonly record struct ScreenUpdate(long ReceivedAt, int Answered, int ConnectedPhones, int Werkpunten, bool CountsWerkpunten)
{
    /// <summary>What the run counts: answers on screen, or werkpunten.</summary>
    public int Counted => CountsWerkpunten ? Werkpunten : Answered;
}

/// <summary>
/// A screen-link holder: its own connection on <c>/hubs/participant</c> that called <c>watchScreen</c> and
/// records every <c>screenChanged</c> with the time it arrived — what the projector would show, when. It
/// counts answers (<c>answered</c>) or, for the group exercise, werkpunten (<c>exercise.groups[*].werkpunten</c>).
/// Against the reference hub it records the measured question's <c>tally</c> pushes instead.
/// </summary>
internal sealed class ScreenWatcher : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly List<ScreenUpdate> _updates = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource? _waiter;
    private readonly bool _countWerkpunten;
    private int _waitingFor = int.MaxValue;

    private ScreenWatcher(HubConnection hub, bool countWerkpunten)
    {
        _hub = hub;
        _countWerkpunten = countWerkpunten;
    }

    public static async Task<ScreenWatcher> StartAsync(Uri baseUrl, string screenKey, bool countWerkpunten, CancellationToken cancellation)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/participant"), o => o.Transports = HttpTransportType.WebSockets)
            .WithBeleidsdagJson()
            .Build();
        var watcher = new ScreenWatcher(hub, countWerkpunten);
        hub.On<ScreenView>("ScreenChanged", watcher.OnScreenChanged);
        await hub.StartAsync(cancellation);
        var first = await hub.InvokeAsync<ScreenView?>("WatchScreen", screenKey, cancellation)
            ?? throw new InvalidOperationException("WatchScreen refused the screen key.");
        watcher.OnScreenChanged(first);
        return watcher;
    }

    /// <summary>The reference hub's screen: <c>WatchTally</c> for <paramref name="question"/>, then its <c>Tally</c> pushes.</summary>
    public static async Task<ScreenWatcher> StartReferenceAsync(Uri baseUrl, string question, CancellationToken cancellation)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, ReferencePhone.HubPath), o => o.Transports = HttpTransportType.WebSockets)
            .Build();
        var watcher = new ScreenWatcher(hub, countWerkpunten: false);
        hub.On<string, int>("Tally", (tallied, count) =>
        {
            if (tallied == question)
            {
                watcher.Record(count, connectedPhones: 0, werkpunten: 0);
            }
        });
        await hub.StartAsync(cancellation);
        watcher.Record(await hub.InvokeAsync<int>("WatchTally", question, cancellation), connectedPhones: 0, werkpunten: 0);
        return watcher;
    }

    public IReadOnlyList<ScreenUpdate> Updates
    {
        get
        {
            lock (_gate)
            {
                return [.. _updates];
            }
        }
    }

    public int LastCounted
    {
        get
        {
            lock (_gate)
            {
                return _updates.Count == 0 ? 0 : _updates[^1].Counted;
            }
        }
    }

    /// <summary>Completes when a screen view shows at least <paramref name="count"/> answers or werkpunten (false on timeout).</summary>
    public async Task<bool> WaitForCountAsync(int count, TimeSpan timeout, CancellationToken cancellation)
    {
        Task wait;
        lock (_gate)
        {
            if (_updates.Count > 0 && _updates[^1].Counted >= count)
            {
                return true;
            }

            _waitingFor = count;
            _waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            wait = _waiter.Task;
        }

        try
        {
            await wait.WaitAsync(timeout, cancellation);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    private void OnScreenChanged(ScreenView view) =>
        Record(view.Answered, view.ConnectedPhones, view.Exercise?.Groups.Sum(g => g.Werkpunten) ?? 0);

    private void Record(int answered, int connectedPhones, int werkpunten)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            var update = new ScreenUpdate(now, answered, connectedPhones, werkpunten, _countWerkpunten);
            _updates.Add(update);
            if (update.Counted >= _waitingFor)
            {
                _waiter?.TrySetResult();
                _waiter = null;
                _waitingFor = int.MaxValue;
            }
        }
    }
}
