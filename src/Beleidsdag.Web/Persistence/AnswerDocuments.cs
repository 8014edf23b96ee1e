using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// Writes answers, each under an increasing ObjectId, and remembers which id holds the answer of which
/// (workshop, question, participant). LiteDB's _id index is a skip list: an id made of workshop, question and
/// participant lands at a random place in it, so every new answer dirtied index pages all over the file;
/// increasing ids all go to its end. In the load benchmark that cut the writer thread's CPU by about a third
/// (docs/performance.md). Databases written before keep their string ids; both kinds are read the same.
/// Used only on the writer thread, inside its transaction.
/// </summary>
internal sealed class AnswerDocuments
{
    private readonly ILiteCollection<BsonDocument> _collection;
    private readonly Dictionary<string, BsonValue> _ids = new(StringComparer.Ordinal);

    // What the open transaction changed in _ids, oldest first, to undo if it rolls back.
    private readonly List<(string Key, BsonValue? Before)> _uncommitted = [];

    public AnswerDocuments(LiteDatabase database)
    {
        _collection = database.GetCollection(DocumentMapping.Answers);
        foreach (var document in _collection.FindAll())
        {
            _ids[DocumentMapping.AnswerKey(document)] = document["_id"];
        }
    }

    public void Save(SaveAnswer write)
    {
        var key = DocumentMapping.AnswerKey(write.WorkshopId, write.Answer.QuestionId, write.Answer.ParticipantId);
        var document = DocumentMapping.ToDocument(write.WorkshopId, write.Answer, write.ReceiptKey);
        if (_ids.TryGetValue(key, out var id))
        {
            document["_id"] = id;
            if (_collection.Update(document))
            {
                return;
            }
        }
        else
        {
            id = ObjectId.NewObjectId();
            Remember(key, id);
        }

        // Insert, not Upsert: Upsert first looks the id up to try an update, a second walk through the index.
        document["_id"] = id;
        _collection.Insert(document);
    }

    public void Delete(DeleteAnswer write)
    {
        var key = DocumentMapping.AnswerKey(write.WorkshopId, write.QuestionId, write.ParticipantId);
        if (_ids.TryGetValue(key, out var id))
        {
            _collection.Delete(id);
            Remember(key, null);
        }
    }

    public void Committed() => _uncommitted.Clear();

    /// <summary>The transaction was rolled back: forget the ids it gave out and bring back the ones it deleted.</summary>
    public void RolledBack()
    {
        for (var i = _uncommitted.Count - 1; i >= 0; i--)
        {
            var (key, before) = _uncommitted[i];
            if (before is null)
            {
                _ids.Remove(key);
            }
            else
            {
                _ids[key] = before;
            }
        }

        _uncommitted.Clear();
    }

    private void Remember(string key, BsonValue? id)
    {
        _uncommitted.Add((key, _ids.GetValueOrDefault(key)));
        if (id is null)
        {
            _ids.Remove(key);
        }
        else
        {
            _ids[key] = id;
        }
    }
}
