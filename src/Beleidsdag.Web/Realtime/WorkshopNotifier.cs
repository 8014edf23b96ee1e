using System.Collections.Concurrent;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// Tells subscribers that a workshop changed, coalesced: however many answers arrive, each subscriber
/// hears at most one change per <see cref="Interval"/> per workshop. Answering never waits for it.
/// </summary>
public sealed class WorkshopNotifier(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, Subscribers> _workshops = new(StringComparer.Ordinal);
    private readonly List<Action<string>> _allWorkshops = [];

    /// <summary>Subscribes to one workshop; dispose the result to stop.</summary>
    public IDisposable Subscribe(string workshopId, Action onChange)
    {
        var subscribers = _workshops.GetOrAdd(workshopId, id => new Subscribers(id, this));
        return subscribers.Add(onChange);
    }

    /// <summary>For services that fan out to many clients (the screen-link broadcaster): every workshop.</summary>
    public void SubscribeAll(Action<string> onChange)
    {
        lock (_allWorkshops)
        {
            _allWorkshops.Add(onChange);
        }
    }

    /// <summary>Marks the workshop changed; subscribers hear of it within <see cref="Interval"/>.</summary>
    public void Changed(string workshopId) =>
        _workshops.GetOrAdd(workshopId, id => new Subscribers(id, this)).MarkChanged();

    private void Flush(string workshopId, Action[] subscribers)
    {
        Action<string>[] all;
        lock (_allWorkshops)
        {
            all = [.. _allWorkshops];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber();
        }

        foreach (var subscriber in all)
        {
            subscriber(workshopId);
        }
    }

    private sealed class Subscribers(string workshopId, WorkshopNotifier owner)
    {
        private readonly Lock _gate = new();
        private readonly List<Action> _actions = [];
        private ITimer? _pending;

        public IDisposable Add(Action action)
        {
            lock (_gate)
            {
                _actions.Add(action);
            }

            return new Subscription(() =>
            {
                lock (_gate)
                {
                    _actions.Remove(action);
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
            Action[] actions;
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
