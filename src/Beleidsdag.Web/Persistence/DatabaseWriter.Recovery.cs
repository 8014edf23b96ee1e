namespace Beleidsdag.Web.Persistence;

/// <summary>
/// After a failed commit or checkpoint. LiteDB closes itself on an IOException (and its rollback then throws
/// "discarded page must be writable"), and memory may hold writes that never reached the disk. So the writer
/// fails what it holds and what is queued behind it, reopens the database, and lets the live state reload from
/// it (<see cref="RecoveryScope"/>), all while no workshop can queue anything new. Until a write succeeds again
/// it reports itself unavailable, and probes the disk every few seconds, so writing resumes by itself.
/// </summary>
public sealed partial class DatabaseWriter
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(2);

    private volatile bool _unavailable;
    private bool _needsReopen;

    /// <summary>
    /// Set by the live state: runs the reopen it is given with every workshop locked, and reloads them from the
    /// database when it returns true. Without it (tests of the writer alone) the writer only reopens.
    /// </summary>
    public Action<Func<bool>>? RecoveryScope { get; set; }

    /// <summary>True from a failed write until one succeeds again: submissions are refused (transiently) meanwhile.</summary>
    public bool Unavailable => _unavailable;

    /// <summary>Raised (on the writer thread) when <see cref="Unavailable"/> changes.</summary>
    public event Action? AvailabilityChanged;

    private void Recover(List<WriteRequest> failed, Exception cause)
    {
        if (!_unavailable)
        {
            _unavailable = true;
            _probeTimer.Change(ProbeInterval, ProbeInterval);
            AvailabilityChanged?.Invoke();
        }

        bool ReopenAndDrain()
        {
            // Queued after the failure, on a live state that is about to be reloaded without them.
            while (_queue.Reader.TryRead(out var queued))
            {
                failed.Add(queued);
            }

            try
            {
                _database.Reopen();
                _db = _database.Database;
                _answers = new AnswerLog(_db);
                _needsReopen = false;
            }
            catch (Exception e)
            {
                LogReopenFailed(_logger, e);
                _needsReopen = true;
            }

            return !_needsReopen;
        }

        try
        {
            if (RecoveryScope is { } scope)
            {
                scope(ReopenAndDrain);
            }
            else
            {
                ReopenAndDrain();
            }
        }
        catch (Exception e)
        {
            LogReopenFailed(_logger, e);
        }

        CompleteLater([.. failed], new StorageUnavailableException(cause));
    }

    private void WritingAgain()
    {
        if (_unavailable)
        {
            _unavailable = false;
            _probeTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            LogWritingAgain(_logger);
            AvailabilityChanged?.Invoke();
        }
    }

    private void Probe()
    {
        if (_unavailable)
        {
            _ = EnqueueAsync(new ProbeWrite()).ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        }
    }
}
