using System.Threading.Channels;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// The only code that writes to LiteDB: one dedicated thread drains the queue into one transaction per
/// batch (group commit). LiteDB 5 keeps a transaction per thread, so there is no await between
/// BeginTrans and Commit. A caller's task completes only after its batch has been committed.
/// </summary>
public sealed partial class DatabaseWriter : IDisposable, IWriteCommitter
{
    private const int MaxBatch = 500;

    /// <summary>
    /// Under a burst, commits start at most this often, so that the writes arriving in between share one
    /// transaction. A write after a quiet spell is committed at once. Under load, fewer and larger transactions
    /// cost less CPU per answer; the price is ack latency of up to this interval (docs/performance.md).
    /// </summary>
    internal static readonly TimeSpan MinCommitInterval = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMinutes(1);

    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new() { SingleReader = true });
    // Wakes the writer without spinning: blocking on the channel's ValueTask (Task.Wait) spin-waits with
    // sched_yield before it sleeps, which cost about a fifth of the writer thread's CPU under a steady trickle.
    private readonly ManualResetEventSlim _signal = new(false, spinCount: 0);
    private readonly BeleidsdagDatabase _database;
    private LiteDatabase _db;
    private AnswerLog _answers;
    private readonly ILogger<DatabaseWriter> _logger;
    private readonly Thread _thread;
    private readonly ITimer _checkpointTimer;
    private readonly ITimer _probeTimer;
    private readonly ITimer _backupTimer;
    private readonly TimeProvider _clock;
    private readonly TimeProvider _pace;
    private readonly TimeSpan _commitInterval;
    private int _checkpointRequested;
    private long _lastCommitStarted;
    private long _commits;

    public DatabaseWriter(BeleidsdagDatabase database, TimeProvider clock, ILogger<DatabaseWriter> logger)
        : this(database, clock, TimeProvider.System, logger)
    {
    }

    /// <summary>
    /// <paramref name="pace"/> times the commit interval: real time in the app (it is about how often the disk
    /// is written, not about the day's clock), a fake one in tests, so that they count commits without racing a busy machine.
    /// <paramref name="commitInterval"/> is <see cref="MinCommitInterval"/> unless a test says otherwise.
    /// </summary>
    internal DatabaseWriter(BeleidsdagDatabase database, TimeProvider clock, TimeProvider pace, ILogger<DatabaseWriter> logger, TimeSpan? commitInterval = null)
    {
        _pace = pace;
        _commitInterval = commitInterval ?? MinCommitInterval;
        _clock = clock;
        _database = database;
        _db = database.Database;
        _answers = new AnswerLog(_db);
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "LiteDB writer" };
        _thread.Start();
        _checkpointTimer = clock.CreateTimer(_ => RequestCheckpoint(), null, CheckpointInterval, CheckpointInterval);
        _probeTimer = clock.CreateTimer(_ => Probe(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _backupTimer = clock.CreateTimer(_ => BackupWhenAnythingChanged(), null, BackupInterval, BackupInterval);
    }

    /// <summary>Transactions committed so far (for tests).</summary>
    internal long Commits => Interlocked.Read(ref _commits);

    /// <summary>Queues the writes; the task completes when they are committed (or faults when the commit failed).</summary>
    public Task EnqueueAsync(params PendingWrite[] writes)
    {
        // No RunContinuationsAsynchronously: the callers' continuations run on the one thread-pool item that
        // completes their batch (CompleteLater), not on the writer thread.
        var request = new WriteRequest(writes, new TaskCompletionSource());
        if (_queue.Writer.TryWrite(request))
        {
            _signal.Set();
        }
        else
        {
            request.Done.SetException(new ObjectDisposedException(nameof(DatabaseWriter)));
        }

        return request.Done.Task;
    }

    private void RequestCheckpoint()
    {
        Interlocked.Exchange(ref _checkpointRequested, 1);
        if (_queue.Writer.TryWrite(WriteRequest.Checkpoint))
        {
            _signal.Set();
        }
    }

    private void Run()
    {
        var batch = new List<WriteRequest>(MaxBatch);
        // Blocking is right here: this thread exists only to write.
        while (true)
        {
            if (!_queue.Reader.TryPeek(out _))
            {
                if (_queue.Reader.Completion.IsCompleted)
                {
                    break;
                }

                _signal.Wait();
                _signal.Reset();
                continue;
            }

            WaitForCommitInterval();
            batch.Clear();
            try
            {
                Commit(batch);
            }
            catch (Exception e)
            {
                // Nothing may leave this loop: the writer outlives a full disk and writes again when there is room.
                LogCommitFailed(_logger, e, batch.Count);
                _answers.Discard();
                Recover(batch, e);
            }

            if (Interlocked.Exchange(ref _checkpointRequested, 0) == 1)
            {
                Checkpoint();
            }

            BackupIfRequested();
            CompactIfRequested();
        }

        Checkpoint();
    }

    /// <summary>
    /// Completes a committed batch on one thread-pool item: its callers' continuations (the acks) run there one
    /// after the other. One item per batch wakes one sleeping worker where a task per caller woke one each, and
    /// waking workers is a visible share of the CPU per answer in the load benchmark. The writer itself goes
    /// straight on to the next batch.
    /// </summary>
    private static void CompleteLater(WriteRequest[] batch, Exception? failure) =>
        ThreadPool.UnsafeQueueUserWorkItem(
            static state =>
            {
                foreach (var request in state.Batch)
                {
                    if (state.Failure is null)
                    {
                        request.Done.TrySetResult();
                    }
                    else
                    {
                        request.Done.TrySetException(state.Failure);
                    }
                }
            },
            (Batch: batch, Failure: failure),
            preferLocal: false);

    private void WaitForCommitInterval()
    {
        var sinceLast = _pace.GetElapsedTime(_lastCommitStarted);
        if (_lastCommitStarted != 0 && sinceLast < _commitInterval)
        {
            if (ReferenceEquals(_pace, TimeProvider.System))
            {
                // A plain sleep: a timer would wake a thread-pool thread as well as this one.
                Thread.Sleep(_commitInterval - sinceLast);
            }
            else
            {
                // A fake clock in a test: it may move before a timer made from it here would be armed, so look.
                while (_pace.GetElapsedTime(_lastCommitStarted) < _commitInterval)
                {
                    Thread.Sleep(1);
                }
            }
        }

        _lastCommitStarted = _pace.GetTimestamp();
    }

    private void Apply(PendingWrite write)
    {
        if (write is ProbeWrite)
        {
            return;
        }

        if (write is DatabaseWork work)
        {
            work.Work(_db);
            return;
        }

        if (write is SaveAnswer answer)
        {
            _answers.Add(answer);
            return;
        }

        if (write is DeleteAnswer dropped)
        {
            _answers.Add(dropped);
            return;
        }

        if (DocumentMapping.ToDelete(write) is { } delete)
        {
            _db.GetCollection(delete.Collection).Delete(delete.Id);
            return;
        }

        var (collection, document) = DocumentMapping.ToUpsert(write);
        _db.GetCollection(collection).Upsert(document);
    }

    /// <summary>Finishes what is queued, checkpoints and stops the thread (at shutdown).</summary>
    public void Dispose()
    {
        _checkpointTimer.Dispose();
        _probeTimer.Dispose();
        _backupTimer.Dispose();
        _queue.Writer.TryComplete();
        _signal.Set();
        _thread.Join();
        // _signal is not disposed: a checkpoint timer callback already under way may still Set it, and a
        // ManualResetEventSlim that never handed out a WaitHandle holds nothing to release.
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Committing a batch of {Count} writes to LiteDB failed")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checkpointing LiteDB failed")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reopening the database after a failed write failed; trying again at the next write")]
    private static partial void LogReopenFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Writing to the database works again")]
    private static partial void LogWritingAgain(ILogger logger);

    private sealed record WriteRequest(PendingWrite[] Writes, TaskCompletionSource Done)
    {
        public static WriteRequest Checkpoint { get; } = new([], new TaskCompletionSource());
    }

    /// <summary>Writes nothing but the commit's number: whether the disk takes writes again.</summary>
    private sealed record ProbeWrite : PendingWrite;
}
