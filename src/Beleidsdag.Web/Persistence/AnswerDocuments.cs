using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using LiteDB;
using static Beleidsdag.Web.Persistence.BsonFields;

namespace Beleidsdag.Web.Persistence;

/// <summary>Answers: the entries of the answer log and the one-document-per-answer collection of older databases.</summary>
internal static class AnswerDocuments
{
    /// <summary>Which answer a document or answer-log entry is about.</summary>
    public static string AnswerKey(BsonDocument answer) =>
        $"{answer["workshopId"].AsString}|{answer["questionId"].AsString}|{answer["participantId"].AsString}";

    public static BsonDocument ToLogEntry(SaveAnswer write) => ToDocument(write.WorkshopId, write.Answer, write.ReceiptKey);

    /// <summary>An answer dropped by a question edit: a later entry than the answer it removes.</summary>
    public static BsonDocument ToLogEntry(DeleteAnswer write) => new()
    {
        ["workshopId"] = write.WorkshopId,
        ["questionId"] = write.QuestionId,
        ["participantId"] = write.ParticipantId,
        ["dropped"] = true,
    };

    public static bool IsDropped(BsonDocument entry) => entry["dropped"].IsBoolean && entry["dropped"].AsBoolean;

    public static BsonDocument ToDocument(string workshopId, Answer a, string? receiptKey = null)
    {
        var doc = ToDocument(workshopId, a);
        if (receiptKey is not null)
        {
            doc["receiptKey"] = receiptKey;
        }

        return doc;
    }

    private static BsonDocument ToDocument(string workshopId, Answer a) => new()
    {
        ["workshopId"] = workshopId,
        ["questionId"] = a.QuestionId,
        ["participantId"] = a.ParticipantId,
        ["optionIds"] = new BsonArray(a.Content.OptionIds.Select(o => new BsonValue(o))),
        ["values"] = new BsonDocument(a.Content.Values.ToDictionary(v => v.Key, v => new BsonValue(v.Value))),
        ["texts"] = new BsonArray(a.Content.Texts.Select(t => new BsonValue(t))),
        ["seq"] = a.Seq,
        ["answeredAt"] = Time(a.AnsweredAt),
        ["side"] = (int)a.Side,
    };

    /// <summary>An answer; one stored before answers carried their side counts for the participant's side (<paramref name="sideOf"/>).</summary>
    public static (string WorkshopId, Answer Answer) ToAnswer(BsonDocument doc, Func<string, Side> sideOf) => (doc["workshopId"].AsString, new Answer(
        doc["participantId"].AsString,
        doc["questionId"].AsString,
        new AnswerContent
        {
            OptionIds = [.. doc["optionIds"].AsArray.Select(o => o.AsString)],
            Values = doc["values"].AsDocument.ToDictionary(v => v.Key, v => v.Value.AsInt32, StringComparer.Ordinal),
            Texts = [.. doc["texts"].AsArray.Select(t => t.AsString)],
        },
        doc["seq"].AsInt64,
        Time(doc["answeredAt"]),
        doc["side"].IsInt32 ? (Side)doc["side"].AsInt32 : sideOf(doc["participantId"].AsString)));

    /// <summary>The receipt an accepted answer carries (see <see cref="SaveAnswer"/>), if it was stored with one.</summary>
    public static (string WorkshopId, Receipt Receipt)? ReceiptOfAnswer(BsonDocument doc) => doc["receiptKey"].IsString
        ? (doc["workshopId"].AsString, new Receipt(doc["participantId"].AsString, doc["receiptKey"].AsString, SubmissionError.None, false))
        : null;
}
