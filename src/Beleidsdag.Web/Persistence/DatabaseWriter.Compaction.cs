namespace Beleidsdag.Web.Persistence;

/// <summary>After a workshop is deleted, the data file is rewritten without it (<see cref="BeleidsdagDatabase.Compact"/>).</summary>
public sealed partial class DatabaseWriter
{
    private TaskCompletionSource? _compaction;

    /// <summary>Rewrites the database file after what is queued now; completes when done.</summary>
    public Task CompactAsync()
    {
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = Interlocked.CompareExchange(ref _compaction, asked, null) ?? asked;
        if (_queue.Writer.TryWrite(WriteRequest.Checkpoint))
        {
            _signal.Set();
        }

        return pending.Task;
    }

    private void CompactIfRequested()
    {
        if (Interlocked.Exchange(ref _compaction, null) is not { } asked)
        {
            return;
        }

        try
        {
            if (_needsReopen)
            {
                throw new StorageUnavailableException(null);
            }

            _database.Compact();
            _db = _database.Database;
            _answers = new AnswerLog(_db);
            asked.SetResult();
        }
        catch (Exception e)
        {
            LogCommitFailed(_logger, e, 0);
            Recover([], e);
            asked.SetException(new StorageUnavailableException(e));
        }
    }
}
