namespace Beleidsdag.Web.Persistence;

/// <summary>
/// Backups while the day runs: a consistent copy of the database goes to <c>backups/</c> when the room moves to
/// another activity, and every 5 minutes while anything was written. Made on the writer thread between two
/// commits, right after a checkpoint, so the copy is one whole LiteDB file without a log.
/// </summary>
public sealed partial class DatabaseWriter
{
    private static readonly TimeSpan BackupInterval = TimeSpan.FromMinutes(5);

    private int _backupRequested;
    private long _commitsAtLastBackup;

    /// <summary>Asks for a backup after what is queued now (e.g. the room moved to another activity).</summary>
    public void RequestBackup()
    {
        Interlocked.Exchange(ref _backupRequested, 1);
        if (_queue.Writer.TryWrite(WriteRequest.Checkpoint))
        {
            _signal.Set();
        }
    }

    /// <summary>The backups made so far (for tests).</summary>
    internal int BackupsMade { get; private set; }

    private void BackupWhenAnythingChanged()
    {
        if (Commits != Interlocked.Read(ref _commitsAtLastBackup))
        {
            RequestBackup();
        }
    }

    private void BackupIfRequested()
    {
        if (Interlocked.Exchange(ref _backupRequested, 0) == 0 || _needsReopen)
        {
            return;
        }

        Checkpoint();
        if (_needsReopen || _unavailable)
        {
            return;
        }

        var folder = Directory.CreateDirectory(BackupFolder.PathIn(_database.DataFolder)).FullName;
        var target = Path.Combine(folder, BackupFolder.NewName(_clock.GetLocalNow()));
        var partial = target + ".part";
        try
        {
            _database.CopyTo(partial);
            File.Move(partial, target, overwrite: true);
            Interlocked.Exchange(ref _commitsAtLastBackup, Commits);
            BackupsMade++;
            foreach (var old in BackupFolder.Superfluous(BackupFolder.Backups(_database.DataFolder)))
            {
                File.Delete(old);
            }
        }
        catch (IOException e)
        {
            // A backup that does not fit is no reason to stop writing the day itself.
            LogBackupFailed(_logger, e, target);
            File.Delete(partial);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the backup {Path} failed")]
    private static partial void LogBackupFailed(ILogger logger, Exception exception, string path);
}
