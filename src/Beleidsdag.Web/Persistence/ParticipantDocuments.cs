using Beleidsdag.Domain.Participants;
using LiteDB;
using static Beleidsdag.Web.Persistence.BsonFields;

namespace Beleidsdag.Web.Persistence;

/// <summary>The participants collection.</summary>
internal static class ParticipantDocuments
{
    public static BsonDocument ToDocument(Participant p) => new()
    {
        ["_id"] = p.Id,
        ["workshopId"] = p.WorkshopId,
        ["tokenHash"] = p.TokenHash,
        ["side"] = p.Side is { } side ? (int)side : BsonValue.Null,
        ["joinedAt"] = Time(p.JoinedAt),
        ["removed"] = p.Removed,
    };

    public static Participant ToParticipant(BsonDocument doc) => new(
        doc["_id"].AsString,
        doc["workshopId"].AsString,
        doc["tokenHash"].AsString,
        doc["side"].IsNull ? null : (Side)doc["side"].AsInt32,
        Time(doc["joinedAt"]))
    {
        Removed = Flag(doc["removed"]),
    };
}
