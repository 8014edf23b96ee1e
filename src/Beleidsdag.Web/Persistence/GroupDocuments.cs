using System.Globalization;
using Beleidsdag.Domain.Groups;
using LiteDB;
using static Beleidsdag.Web.Persistence.BsonFields;

namespace Beleidsdag.Web.Persistence;

/// <summary>Group work: memberships, werkpunten and reactions to werkpunten, one collection each.</summary>
internal static class GroupDocuments
{
    public static BsonDocument ToDocument(string workshopId, Membership m) => new()
    {
        ["_id"] = $"{workshopId}|{m.ExerciseId}|{m.ParticipantId}",
        ["workshopId"] = workshopId,
        ["exerciseId"] = m.ExerciseId,
        ["participantId"] = m.ParticipantId,
        ["groupId"] = m.GroupId,
    };

    public static (string WorkshopId, Membership Membership) ToMembership(BsonDocument doc) =>
        (doc["workshopId"].AsString, new Membership(doc["exerciseId"].AsString, doc["participantId"].AsString, doc["groupId"].AsString));

    public static BsonDocument ToDocument(string workshopId, Werkpunt w) => new()
    {
        ["_id"] = w.Id,
        ["workshopId"] = workshopId,
        ["exerciseId"] = w.ExerciseId,
        ["groupId"] = w.GroupId,
        ["text"] = w.Content.Text,
        ["oplossingen"] = new BsonArray(w.Content.Oplossingen.Select(o => new BsonValue(o))),
        ["owner"] = (int)w.Content.Owner,
        ["ownerRole"] = w.Content.OwnerRole,
        ["term"] = w.Content.Term,
        ["comments"] = w.Content.Comments,
        ["version"] = w.Version,
        ["hidden"] = w.Hidden,
        ["mergedInto"] = w.MergedInto is null ? BsonValue.Null : new BsonValue(w.MergedInto),
        ["createdAt"] = Time(w.CreatedAt),
        ["updatedAt"] = Time(w.UpdatedAt),
        ["chapter"] = w.Chapter is { } chapter ? chapter.ToString() : BsonValue.Null,
        ["termDate"] = w.TermDate is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : BsonValue.Null,
    };

    public static (string WorkshopId, Werkpunt Werkpunt) ToWerkpunt(BsonDocument doc) => (doc["workshopId"].AsString, new Werkpunt(
        doc["_id"].AsString,
        doc["exerciseId"].AsString,
        doc["groupId"].AsString,
        new WerkpuntContent(
            doc["text"].AsString,
            [.. doc["oplossingen"].AsArray.Select(o => o.AsString)],
            (WerkpuntOwner)doc["owner"].AsInt32,
            doc["ownerRole"].AsString,
            doc["term"].AsString,
            doc["comments"].AsString),
        doc["version"].AsInt32,
        doc["hidden"].AsBoolean,
        doc["mergedInto"].IsNull ? null : doc["mergedInto"].AsString,
        Time(doc["createdAt"]),
        Time(doc["updatedAt"]))
    {
        Chapter = AgendaDocuments.ChapterOf(doc["chapter"]),
        TermDate = doc["termDate"].IsString && DateOnly.TryParseExact(doc["termDate"].AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
    });

    public static BsonDocument ToDocument(string workshopId, Reaction r) => new()
    {
        ["_id"] = $"{workshopId}|{r.WerkpuntId}|{r.ParticipantId}",
        ["workshopId"] = workshopId,
        ["werkpuntId"] = r.WerkpuntId,
        ["participantId"] = r.ParticipantId,
        ["on"] = r.On,
    };

    public static (string WorkshopId, Reaction Reaction) ToReaction(BsonDocument doc) =>
        (doc["workshopId"].AsString, new Reaction(doc["werkpuntId"].AsString, doc["participantId"].AsString, doc["on"].AsBoolean));
}
