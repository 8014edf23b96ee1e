using Beleidsdag.Domain.Polls;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>The receipts collection: the outcome of each submission a phone numbered, so a replay gets it again.</summary>
internal static class ReceiptDocuments
{
    public static BsonDocument ToDocument(string workshopId, Receipt r) => new()
    {
        ["_id"] = $"{r.ParticipantId}|{r.Key}",
        ["workshopId"] = workshopId,
        ["participantId"] = r.ParticipantId,
        ["key"] = r.Key,
        ["error"] = (int)r.Error,
        ["superseded"] = r.Superseded,
    };

    public static (string WorkshopId, Receipt Receipt) ToReceipt(BsonDocument doc) => (doc["workshopId"].AsString, new Receipt(
        doc["participantId"].AsString,
        doc["key"].AsString,
        (SubmissionError)doc["error"].AsInt32,
        doc["superseded"].AsBoolean));
}
