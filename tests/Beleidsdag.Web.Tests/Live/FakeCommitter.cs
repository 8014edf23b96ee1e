using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Tests.Live;

/// <summary>
/// The single writer as the runtime sees it, with the disk taken out: writes wait until the test commits them
/// (or fails them). Continuations run inline, so what follows a commit has happened when Commit returns.
/// </summary>
internal sealed class FakeCommitter : IWriteCommitter
{
    private readonly List<(PendingWrite[] Writes, TaskCompletionSource Done)> _pending = [];

    /// <summary>Every write queued so far, committed or not, in order.</summary>
    public List<PendingWrite> Queued { get; } = [];

    public bool Unavailable { get; set; }

    public int Backups { get; private set; }

    /// <summary>While true, every write is committed as soon as it is queued (for setting a scene).</summary>
    public bool CommitAtOnce { get; set; }

    public Task EnqueueAsync(params PendingWrite[] writes)
    {
        Queued.AddRange(writes);
        if (CommitAtOnce)
        {
            return Task.CompletedTask;
        }

        var done = new TaskCompletionSource();
        _pending.Add((writes, done));
        return done.Task;
    }

    public void RequestBackup() => Backups++;

    /// <summary>Commits what is queued, as one group commit.</summary>
    public void Commit()
    {
        var due = _pending.ToList();
        _pending.Clear();
        foreach (var (_, done) in due)
        {
            done.SetResult();
        }
    }

    /// <summary>The commit of what is queued fails, as the writer reports a full disk.</summary>
    public void Fail()
    {
        var due = _pending.ToList();
        _pending.Clear();
        foreach (var (_, done) in due)
        {
            done.SetException(new StorageUnavailableException(new IOException("Schijf vol")));
        }
    }
}
