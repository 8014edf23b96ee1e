using System.Globalization;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// One workshop's documents, whatever their collection: export to a <c>.beleidsdag</c> file, import, delete.
/// Works on LiteDB documents, not on the domain records, so fields and collections added later come along without
/// code here. A document belongs to a workshop when it is the workshop (<c>workshops</c>, by <c>_id</c>), carries
/// its <c>workshopId</c>, or is an answer-log batch (its <c>entries</c> carry the <c>workshopId</c>). A collection
/// none of whose documents can be told apart this way must be listed in <see cref="NotWorkshopData"/>, or
/// <see cref="Unattributed"/> finds it (a test fails).
/// </summary>
internal static class WorkshopArchive
{
    public const string Extension = ".beleidsdag";
    public const string Format = "beleidsdag-workshop";
    public const int Version = 1;

    /// <summary>Collections about the database itself.</summary>
    public static readonly IReadOnlySet<string> NotWorkshopData = new HashSet<string>(StringComparer.Ordinal) { DocumentMapping.Meta };

    /// <summary>The workshop's documents per collection (answer-log batches cut down to its own entries, in log order).</summary>
    public static Dictionary<string, List<BsonDocument>> Select(LiteDatabase database, string workshopId)
    {
        var selected = new Dictionary<string, List<BsonDocument>>(StringComparer.Ordinal);
        foreach (var name in WorkshopCollections(database))
        {
            var documents = database.GetCollection(name).FindAll().OrderBy(d => d["_id"])
                .Select(d => Own(name, d, workshopId)).OfType<BsonDocument>().ToList();
            if (documents.Count > 0)
            {
                selected[name] = documents;
            }
        }

        return selected;
    }

    /// <summary>Removes every document of the workshop (answer-log batches keep the other workshops' entries).</summary>
    public static void Delete(LiteDatabase database, string workshopId)
    {
        foreach (var name in WorkshopCollections(database))
        {
            var collection = database.GetCollection(name);
            foreach (var document in collection.FindAll().ToList())
            {
                if (document["entries"].IsArray && name != DocumentMapping.Workshops)
                {
                    var others = document["entries"].AsArray.Where(e => !BelongsTo(e.AsDocument, workshopId)).ToList();
                    if (others.Count == document["entries"].AsArray.Count)
                    {
                        continue;
                    }

                    if (others.Count == 0)
                    {
                        collection.Delete(document["_id"]);
                    }
                    else
                    {
                        document["entries"] = new BsonArray(others);
                        collection.Update(document);
                    }
                }
                else if (Own(name, document, workshopId) is not null)
                {
                    collection.Delete(document["_id"]);
                }
            }
        }
    }

    /// <summary>Inserts an exported workshop's documents; answer-log batches get new ids after the ones there.</summary>
    public static void Insert(LiteDatabase database, IReadOnlyDictionary<string, List<BsonDocument>> documents)
    {
        foreach (var (name, list) in documents)
        {
            if (name == DocumentMapping.AnswerLog)
            {
                var log = database.GetCollection(name, BsonAutoId.Int64);
                foreach (var batch in list)
                {
                    batch.Remove("_id");
                    log.Insert(batch);
                }
            }
            else
            {
                database.GetCollection(name).Insert(list);
            }
        }
    }

    /// <summary>Documents of collections that hold workshop data but belong to no workshop by the rules above.</summary>
    public static IEnumerable<(string Collection, BsonDocument Document)> Unattributed(LiteDatabase database) =>
        WorkshopCollections(database).SelectMany(name => database.GetCollection(name).FindAll()
            .Where(d => WorkshopIdsOf(name, d).Count == 0).Select(d => (name, d)));

    public static string ToJson(string workshopId, IReadOnlyDictionary<string, List<BsonDocument>> documents, DateTimeOffset exportedAt) =>
        JsonSerializer.Serialize(new BsonDocument
        {
            ["format"] = Format,
            ["version"] = Version,
            ["exportedAt"] = exportedAt.ToString("O", CultureInfo.InvariantCulture),
            ["workshopId"] = workshopId,
            ["collections"] = new BsonDocument(documents.ToDictionary(c => c.Key, c => (BsonValue)new BsonArray(c.Value))),
        }, indent: true);

    /// <exception cref="FormatException">Not a workshop file, or one of a later version (Dutch message).</exception>
    public static (string WorkshopId, Dictionary<string, List<BsonDocument>> Documents) FromJson(string json)
    {
        BsonDocument file;
        try
        {
            file = JsonSerializer.Deserialize(json).AsDocument;
        }
        catch (Exception e) when (e is LiteException or InvalidCastException)
        {
            throw new FormatException("Dit is geen workshopbestand (.beleidsdag).", e);
        }

        if (file["format"] != Format || !file["workshopId"].IsString || !file["collections"].IsDocument)
        {
            throw new FormatException("Dit is geen workshopbestand (.beleidsdag).");
        }

        if (!file["version"].IsNumber || file["version"].AsInt32 > Version)
        {
            throw new FormatException($"Dit workshopbestand heeft versie {file["version"]}; deze Beleidsdag leest tot versie {Version}. Gebruik een nieuwere Beleidsdag.");
        }

        var workshopId = file["workshopId"].AsString;
        var documents = file["collections"].AsDocument.ToDictionary(
            c => c.Key, c => c.Value.AsArray.Select(d => d.AsDocument).ToList(), StringComparer.Ordinal);
        if (!documents.TryGetValue(DocumentMapping.Workshops, out var workshops) || workshops is not [var only] || only["_id"] != workshopId)
        {
            throw new FormatException("Dit workshopbestand bevat geen (of meer dan één) workshop.");
        }

        return (workshopId, documents);
    }

    private static IEnumerable<string> WorkshopCollections(LiteDatabase database) =>
        database.GetCollectionNames().Where(n => !NotWorkshopData.Contains(n)).Order(StringComparer.Ordinal);

    /// <summary>The document as far as it is the workshop's: itself, its own entries of a batch, or null.</summary>
    private static BsonDocument? Own(string collection, BsonDocument document, string workshopId)
    {
        if (collection != DocumentMapping.Workshops && document["entries"].IsArray)
        {
            var own = document["entries"].AsArray.Where(e => BelongsTo(e.AsDocument, workshopId)).ToList();
            return own.Count == 0 ? null : new BsonDocument { ["_id"] = document["_id"], ["entries"] = new BsonArray(own) };
        }

        return WorkshopIdsOf(collection, document).Contains(workshopId) ? document : null;
    }

    private static HashSet<string> WorkshopIdsOf(string collection, BsonDocument document)
    {
        if (collection == DocumentMapping.Workshops)
        {
            return [document["_id"].AsString];
        }

        if (document["entries"].IsArray)
        {
            return [.. document["entries"].AsArray.Where(e => e.IsDocument && e["workshopId"].IsString).Select(e => e["workshopId"].AsString)];
        }

        return document["workshopId"].IsString ? [document["workshopId"].AsString] : [];
    }

    private static bool BelongsTo(BsonDocument entry, string workshopId) => entry["workshopId"] == workshopId;
}
