namespace Beleidsdag.Web.Persistence;

/// <summary>One group commit, and the checkpoint, on the writer's thread.</summary>
public sealed partial class DatabaseWriter
{
    /// <summary>One transaction for what is queued (up to <see cref="MaxBatch"/> requests), on the disk before its acks.</summary>
    private void Commit(List<WriteRequest> batch)
    {
        if (_needsReopen)
        {
            throw new StorageUnavailableException(null);
        }

        var writes = 0;
        _db.BeginTrans();
        while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var request))
        {
            // Added before its writes are applied, so that a write that throws fails its own caller too.
            batch.Add(request);
            foreach (var write in request.Writes)
            {
                Apply(write);
                writes++;
            }
        }

        var sequence = _database.CommittedSequence + 1;
        if (writes > 0)
        {
            _answers.WriteBatch();
            _db.GetCollection(DocumentMapping.Meta).Upsert(DocumentMapping.CommitMarker(sequence));
        }

        if (!_db.Commit())
        {
            throw new InvalidOperationException("LiteDB did not commit the batch.");
        }

        if (writes > 0)
        {
            // Acknowledged means on disk: LiteDB itself never flushes its log.
            _database.MakeDurable(sequence);
        }

        Interlocked.Increment(ref _commits);
        CompleteLater([.. batch], failure: null);
        WritingAgain();
    }

    private void Checkpoint()
    {
        try
        {
            if (!_needsReopen)
            {
                _db.Checkpoint();
            }
        }
        catch (Exception e)
        {
            // LiteDB closes itself on an IOException: without a reopen nothing could be written after this.
            LogCheckpointFailed(_logger, e);
            Recover([], e);
        }
    }
}
