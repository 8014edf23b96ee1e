using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// How answers are stored: an append-only log. Everything one batch accepted or dropped goes into one document
/// under the next Int64 id, so the documents sort in commit order; start-up replays them and the last entry
/// for an answer wins. One insert per commit instead of one per answer halved LiteDB's own cost per answer
/// (30 → 15 µs at five answers a commit, docs/performance.md). Every accepted answer keeps its receipt, also
/// after a later answer replaced it.
/// Databases written before keep their answers collection (one document per answer): it is read first, and
/// never written again. The writing half is used only on the writer thread, inside its transaction.
/// </summary>
internal sealed class AnswerLog(LiteDatabase database)
{
    private readonly ILiteCollection<BsonDocument> _log = database.GetCollection(DocumentMapping.AnswerLog, BsonAutoId.Int64);
    private BsonArray _batch = [];

    public void Add(SaveAnswer write) => _batch.Add(AnswerDocuments.ToLogEntry(write));

    public void Add(DeleteAnswer write) => _batch.Add(AnswerDocuments.ToLogEntry(write));

    /// <summary>Writes the batch's entries as one document; called inside the transaction, right before its commit.</summary>
    public void WriteBatch()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var entries = _batch;
        _batch = [];
        _log.Insert(new BsonDocument { ["entries"] = entries });
    }

    /// <summary>The transaction was rolled back: its entries go with it.</summary>
    public void Discard() => _batch = [];

    /// <summary>The stored answers (the last entry for each wins) and the receipts of every accepted answer, per workshop.</summary>
    public static (List<(string WorkshopId, Answer Answer)> Answers, List<(string WorkshopId, Receipt Receipt)> Receipts) Replay(LiteDatabase database, Func<string, Side> sideOf)
    {
        var answers = new Dictionary<string, (string WorkshopId, Answer Answer)?>(StringComparer.Ordinal);
        var receipts = new List<(string WorkshopId, Receipt Receipt)>();
        foreach (var document in database.GetCollection(DocumentMapping.Answers).FindAll())
        {
            Apply(document);
        }

        foreach (var batch in database.GetCollection(DocumentMapping.AnswerLog).FindAll().OrderBy(d => d["_id"].AsInt64))
        {
            foreach (var entry in batch["entries"].AsArray)
            {
                Apply(entry.AsDocument);
            }
        }

        return ([.. answers.Values.Where(a => a.HasValue).Select(a => a!.Value)], receipts);

        void Apply(BsonDocument entry)
        {
            var key = AnswerDocuments.AnswerKey(entry);
            if (AnswerDocuments.IsDropped(entry))
            {
                answers[key] = null;
                return;
            }

            answers[key] = AnswerDocuments.ToAnswer(entry, sideOf);
            if (AnswerDocuments.ReceiptOfAnswer(entry) is { } receipt)
            {
                receipts.Add(receipt);
            }
        }
    }
}
