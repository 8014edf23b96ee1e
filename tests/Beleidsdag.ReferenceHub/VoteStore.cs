using System.Collections.Concurrent;
using LiteDB;

namespace Beleidsdag.ReferenceHub;

/// <summary>
/// Votes in LiteDB, written by one thread: it takes everything queued, inserts it in one transaction
/// (group commit), commits, and only then counts the votes and completes their tasks. A key seen before
/// gets the first vote's task: a resend counts once. Without a file nothing is stored and a vote is counted
/// and acknowledged at once: the floor of what SignalR and Kestrel cost before any persistence.
/// </summary>
public sealed class VoteStore : IDisposable
{
    private readonly LiteDatabase? _database;
    private readonly ILiteCollection<BsonDocument>? _votes;
    private readonly BlockingCollection<Pending> _queue = [];
    private readonly ConcurrentDictionary<string, Task<bool>> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _committed = new(StringComparer.Ordinal);
    private readonly Thread? _writer;

    public VoteStore(string? file)
    {
        if (file is null)
        {
            return;
        }

        _database = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct });
        _votes = _database.GetCollection("votes");
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "Reference writer" };
        _writer.Start();
    }

    public Task<bool> AddAsync(string question, string key, string option)
    {
        var pending = new Pending(question, key, option);
        var task = _byKey.GetOrAdd(key, pending.Done.Task);
        if (task != pending.Done.Task)
        {
            return task;
        }

        if (_database is null)
        {
            Counted(pending.Question);
            pending.Done.SetResult(true);
        }
        else
        {
            _queue.Add(pending);
        }

        return task;
    }

    public int Count(string question) => _committed.GetValueOrDefault(question);

    public IEnumerable<KeyValuePair<string, int>> Counts() => _committed;

    private void Counted(string question) => _committed.AddOrUpdate(question, 1, (_, n) => n + 1);

    private void WriteLoop()
    {
        var database = _database!;
        var votes = _votes!;
        var batch = new List<Pending>();
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (_queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            database.BeginTrans();
            foreach (var vote in batch)
            {
                votes.Insert(new BsonDocument { ["question"] = vote.Question, ["key"] = vote.Key, ["option"] = vote.Option });
            }

            var committed = database.Commit();
            foreach (var vote in batch)
            {
                if (committed)
                {
                    Counted(vote.Question);
                }

                vote.Done.SetResult(committed);
            }

            batch.Clear();
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _writer?.Join(TimeSpan.FromSeconds(5));
        _database?.Dispose();
        _queue.Dispose();
    }

    private sealed record Pending(string Question, string Key, string Option)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
