using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>Whether the database takes writes now, for the console's red banner (after a full disk, until writing works again).</summary>
public sealed class StorageHealth(DatabaseWriter writer)
{
    public bool Failing => writer.Unavailable;

    /// <summary>Calls <paramref name="changed"/> (on any thread) whenever <see cref="Failing"/> changes, until disposed.</summary>
    public IDisposable Watch(Action changed)
    {
        writer.AvailabilityChanged += changed;
        return new Subscription(() => writer.AvailabilityChanged -= changed);
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
