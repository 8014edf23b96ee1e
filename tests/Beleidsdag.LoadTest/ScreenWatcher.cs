using System.Diagnostics;
using Beleidsdag.LoadTest.Wire;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.LoadTest;

/// <summary>One screen view as it arrived: when (Stopwatch timestamp) and the answered count it showed.</summary>
internal readonly record struct ScreenUpdate(long ReceivedAt, int Answered, int ConnectedPhones);

/// <summary>
/// A screen-link holder: its own connection on <c>/hubs/participant</c> that called <c>watchScreen</c> and
/// records every <c>screenChanged</c> with the time it arrived — what the projector would show, when.
/// </summary>
internal sealed class ScreenWatcher : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly List<ScreenUpdate> _updates = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource? _waiter;
    private int _waitingFor = int.MaxValue;

    private ScreenWatcher(HubConnection hub)
    {
        _hub = hub;
        _hub.On<ScreenView>("ScreenChanged", OnScreenChanged);
    }

    public static async Task<ScreenWatcher> StartAsync(Uri baseUrl, string screenKey, CancellationToken cancellation)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/participant"), o => o.Transports = HttpTransportType.WebSockets)
            .WithBeleidsdagJson()
            .Build();
        var watcher = new ScreenWatcher(hub);
        await hub.StartAsync(cancellation);
        var first = await hub.InvokeAsync<ScreenView?>("WatchScreen", screenKey, cancellation)
            ?? throw new InvalidOperationException("WatchScreen refused the screen key.");
        watcher.OnScreenChanged(first);
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

    public int LastAnswered
    {
        get
        {
            lock (_gate)
            {
                return _updates.Count == 0 ? 0 : _updates[^1].Answered;
            }
        }
    }

    /// <summary>Completes when a screen view shows at least <paramref name="answered"/> answers (false on timeout).</summary>
    public async Task<bool> WaitForAnsweredAsync(int answered, TimeSpan timeout, CancellationToken cancellation)
    {
        Task wait;
        lock (_gate)
        {
            if (_updates.Count > 0 && _updates[^1].Answered >= answered)
            {
                return true;
            }

            _waitingFor = answered;
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

    private void OnScreenChanged(ScreenView view)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _updates.Add(new ScreenUpdate(now, view.Answered, view.ConnectedPhones));
            if (view.Answered >= _waitingFor)
            {
                _waiter?.TrySetResult();
                _waiter = null;
                _waitingFor = int.MaxValue;
            }
        }
    }
}
