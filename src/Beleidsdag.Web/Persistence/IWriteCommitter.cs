namespace Beleidsdag.Web.Persistence;

/// <summary>
/// What a workshop's runtime needs of the single writer: queue writes and learn when they are committed.
/// <see cref="DatabaseWriter"/> is the one implementation in the app; tests of the runtime use a fake that
/// commits when the test says so.
/// </summary>
public interface IWriteCommitter
{
    /// <summary>The task completes when the writes are committed, or faults when the commit failed.</summary>
    Task EnqueueAsync(params PendingWrite[] writes);

    /// <summary>True while nothing can be stored (a full disk, a damaged file).</summary>
    bool Unavailable { get; }

    /// <summary>A backup after what is queued now (at a change of activity).</summary>
    void RequestBackup();
}
