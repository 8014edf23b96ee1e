using Beleidsdag.Web.Configuration;
using System.Collections.Concurrent;

namespace Beleidsdag.Web.Live;

/// <summary>
/// Tells subscribers that a workshop changed, coalesced: however many answers arrive, each subscriber
/// hears at most one change per <see cref="Interval"/> per workshop. Answering never waits for it. Each flush
/// reads the workshop once (<see cref="WorkshopSnapshot"/>) and hands that one read to every subscriber.
/// </summary>
public sealed class WorkshopNotifier(TimeProvider clock, WorkshopRegistry registry, PhoneAddressProvider address)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, Subscribers> _workshops = new(StringComparer.Ordinal);
    private readonly List<Action<string, WorkshopSnapshot>> _allWorkshops = [];

    /// <summary>Subscribes to one workshop; dispose the result to stop.</summary>
    public IDisposable Subscribe(string workshopId, Action onChange) => Subscribe(workshopId, _ => onChange());

    /// <summary>
    /// Subscribes to one workshop's snapshots; with <paramref name="console"/>, each snapshot carries the
    /// console's view too. Dispose the result to stop.
    /// </summary>
    public IDisposable Subscribe(string workshopId, Action<WorkshopSnapshot> onChange, bool console = false)
    {
        var subscribers = _workshops.GetOrAdd(workshopId, id => new Subscribers(id, this));
        return subscribers.Add(onChange, console);
    }

    /// <summary>For services that fan out to many clients (the screen-link broadcaster): every workshop.</summary>
    public void SubscribeAll(Action<string, WorkshopSnapshot> onChange)
    {
        lock (_allWorkshops)
        {
            _allWorkshops.Add(onChange);
        }
    }

    /// <summary>Marks the workshop changed; subscribers hear of it within <see cref="Interval"/>.</summary>
    public void Changed(string workshopId) =>
        _workshops.GetOrAdd(workshopId, id => new Subscribers(id, this)).MarkChanged();

    private void Flush(string workshopId, (Action<WorkshopSnapshot> Action, bool Console)[] subscribers)
    {
        // A workshop deleted meanwhile has nothing left to show.
        if (registry.FindById(workshopId) is not { } runtime)
        {
            return;
        }

        Action<string, WorkshopSnapshot>[] all;
        lock (_allWorkshops)
        {
            all = [.. _allWorkshops];
        }

        var snapshot = runtime.TakeSnapshot(address.Current, forConsole: subscribers.Any(s => s.Console));
        foreach (var subscriber in subscribers)
        {
            subscriber.Action(snapshot);
        }

        foreach (var subscriber in all)
        {
            subscriber(workshopId, snapshot);
        }
    }

    private sealed class Subscribers(string workshopId, WorkshopNotifier owner)
    {
        private readonly Lock _gate = new();
        private readonly List<(Action<WorkshopSnapshot> Action, bool Console)> _actions = [];
        private ITimer? _pending;

        public IDisposable Add(Action<WorkshopSnapshot> action, bool console)
        {
            var entry = (action, console);
            lock (_gate)
            {
                _actions.Add(entry);
            }

            return new Subscription(() =>
            {
                lock (_gate)
                {
                    _actions.Remove(entry);
                }
            });
        }

        public void MarkChanged()
        {
            lock (_gate)
            {
                // A flush is already scheduled: this change rides along with it.
                _pending ??= owner.StartFlushTimer(Fire);
            }
        }

        private void Fire()
        {
            (Action<WorkshopSnapshot>, bool)[] actions;
            lock (_gate)
            {
                _pending?.Dispose();
                _pending = null;
                actions = [.. _actions];
            }

            owner.Flush(workshopId, actions);
        }
    }

    private ITimer StartFlushTimer(Action fire) =>
        clock.CreateTimer(_ => fire(), null, Interval, Timeout.InfiniteTimeSpan);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
