using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>Prioritisation dots and consent votes, one collection each.</summary>
internal static class VoteDocuments
{
    public static BsonDocument ToDocument(string workshopId, string activityId, DotVote v) => new()
    {
        ["_id"] = $"{workshopId}|{activityId}|{v.ParticipantId}",
        ["workshopId"] = workshopId,
        ["activityId"] = activityId,
        ["participantId"] = v.ParticipantId,
        ["dots"] = new BsonDocument(v.Dots.ToDictionary(d => d.Key, d => new BsonValue(d.Value))),
        ["seq"] = v.Seq,
        ["side"] = (int)v.Side,
    };

    public static (string WorkshopId, string ActivityId, DotVote Vote) ToDots(BsonDocument doc, Func<string, Side> sideOf) => (doc["workshopId"].AsString, doc["activityId"].AsString, new DotVote(
        doc["participantId"].AsString,
        doc["dots"].AsDocument.ToDictionary(d => d.Key, d => d.Value.AsInt32, StringComparer.Ordinal),
        doc["seq"].AsInt64,
        doc["side"].IsInt32 ? (Side)doc["side"].AsInt32 : sideOf(doc["participantId"].AsString)));

    public static BsonDocument ToDocument(string workshopId, string activityId, ConsentVote v) => new()
    {
        ["_id"] = $"{workshopId}|{activityId}|{v.WerkpuntId}|{v.ParticipantId}",
        ["workshopId"] = workshopId,
        ["activityId"] = activityId,
        ["werkpuntId"] = v.WerkpuntId,
        ["participantId"] = v.ParticipantId,
        ["choice"] = (int)v.Choice,
        ["side"] = (int)v.Side,
    };

    public static (string WorkshopId, string ActivityId, ConsentVote Vote) ToConsent(BsonDocument doc, Func<string, Side> sideOf) => (doc["workshopId"].AsString, doc["activityId"].AsString,
        new ConsentVote(doc["participantId"].AsString, doc["werkpuntId"].AsString, (ConsentChoice)doc["choice"].AsInt32,
            doc["side"].IsInt32 ? (Side)doc["side"].AsInt32 : sideOf(doc["participantId"].AsString)));
}
