namespace Beleidsdag.Web.Live;

/// <summary>
/// The one place a committed change is announced: every runtime publishes here, after its commit and never
/// before; whoever tells screens, phones and consoles subscribes here. Services never notify by hand.
/// </summary>
public sealed class ChangeFeed
{
    private readonly Lock _gate = new();
    private Func<WorkshopChange, Task>[] _subscribers = [];

    /// <summary>Dispose the result to stop hearing of changes.</summary>
    public IDisposable Subscribe(Func<WorkshopChange, Task> onChange)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, onChange];
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                _subscribers = [.. _subscribers.Where(s => s != onChange)];
            }
        });
    }

    /// <summary>
    /// Tells every subscriber; the task completes when they have handed the change on (a room change reaches the
    /// phones' connections before the facilitator's command returns, as before the feed existed).
    /// </summary>
    public Task PublishAsync(WorkshopChange change)
    {
        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length == 1)
        {
            return subscribers[0](change);
        }

        List<Task>? pending = null;
        foreach (var subscriber in subscribers)
        {
            var task = subscriber(change);
            if (!task.IsCompletedSuccessfully)
            {
                (pending ??= []).Add(task);
            }
        }

        return pending is null ? Task.CompletedTask : Task.WhenAll(pending);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
