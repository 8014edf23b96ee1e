using Beleidsdag.Domain.Polls;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>The moderation collection: the facilitator's decision on an open answer.</summary>
internal static class ModerationDocuments
{
    public static BsonDocument ToDocument(string workshopId, ModerationDecision d) => new()
    {
        ["_id"] = $"{workshopId}|{d.QuestionId}|{d.ParticipantId}",
        ["workshopId"] = workshopId,
        ["questionId"] = d.QuestionId,
        ["participantId"] = d.ParticipantId,
        ["answerSeq"] = d.AnswerSeq,
        ["status"] = (int)d.Status,
        ["mergedInto"] = d.MergedInto is null ? BsonValue.Null : new BsonValue(d.MergedInto),
    };

    public static (string WorkshopId, ModerationDecision Decision) ToModeration(BsonDocument doc) => (doc["workshopId"].AsString, new ModerationDecision(
        doc["questionId"].AsString,
        doc["participantId"].AsString,
        doc["answerSeq"].AsInt64,
        (ModerationStatus)doc["status"].AsInt32,
        doc["mergedInto"].IsNull ? null : doc["mergedInto"].AsString));
}
