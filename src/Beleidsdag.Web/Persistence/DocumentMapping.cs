using System.Globalization;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;
using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// Explicit mapping between the domain records and LiteDB documents. Written by hand so that a renamed
/// C# property never silently changes what is on disk.
/// </summary>
internal static class DocumentMapping
{
    public const string Workshops = "workshops";
    public const string Participants = "participants";
    public const string Answers = "answers";
    public const string Receipts = "receipts";

    public static BsonMapper CreateMapper() => new() { SerializeNullValues = false };

    // Times are stored as UTC instants; LiteDB hands DateTimes back in local time, so convert on read.
    private static BsonValue Time(DateTimeOffset value) => new(value.UtcDateTime);

    private static DateTimeOffset Time(BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);

    public static BsonDocument ToDocument(Workshop workshop, LiveState live) => new()
    {
        ["_id"] = workshop.Id,
        ["title"] = workshop.Title,
        ["municipality"] = workshop.Municipality,
        ["date"] = workshop.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["joinCode"] = workshop.JoinCode,
        ["screenKey"] = workshop.ScreenKey,
        ["createdAt"] = Time(workshop.CreatedAt),
        ["agenda"] = new BsonArray(workshop.Agenda.Select(ToDocument)),
        ["live"] = new BsonDocument
        {
            ["currentIndex"] = live.CurrentIndex,
            ["blanked"] = live.Blanked,
            ["questions"] = new BsonDocument(live.Questions.ToDictionary(
                q => q.Key,
                q => (BsonValue)new BsonDocument { ["phase"] = (int)q.Value.Phase, ["revealed"] = q.Value.Revealed })),
        },
    };

    public static (Workshop Workshop, LiveState Live) ToWorkshop(BsonDocument doc)
    {
        var workshop = new Workshop
        {
            Id = doc["_id"].AsString,
            Title = doc["title"].AsString,
            Municipality = doc["municipality"].AsString,
            Date = DateOnly.ParseExact(doc["date"].AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            JoinCode = doc["joinCode"].AsString,
            ScreenKey = doc["screenKey"].AsString,
            CreatedAt = Time(doc["createdAt"]),
            Agenda = [.. doc["agenda"].AsArray.Select(a => ToActivity(a.AsDocument))],
        };
        var live = doc["live"].AsDocument;
        var questions = live["questions"].AsDocument.ToDictionary(
            q => q.Key,
            q => new QuestionState((QuestionPhase)q.Value["phase"].AsInt32, q.Value["revealed"].AsBoolean),
            StringComparer.Ordinal);
        return (workshop, new LiveState(live["currentIndex"].AsInt32, live["blanked"].AsBoolean, questions));
    }

    private static BsonValue ToDocument(Activity activity) => activity switch
    {
        QuestionActivity q => new BsonDocument
        {
            ["id"] = q.Id,
            ["kind"] = nameof(ActivityKind.Question),
            ["question"] = new BsonDocument
            {
                ["id"] = q.Question.Id,
                ["type"] = q.Question.Type.ToString(),
                ["text"] = q.Question.Text,
                ["options"] = new BsonArray(q.Question.Options.Select(o => (BsonValue)new BsonDocument { ["id"] = o.Id, ["label"] = o.Label })),
            },
        },
        _ => throw new NotSupportedException($"Unknown activity {activity.GetType().Name}"),
    };

    private static Activity ToActivity(BsonDocument doc)
    {
        var question = doc["question"].AsDocument;
        return doc["kind"].AsString switch
        {
            nameof(ActivityKind.Question) => new QuestionActivity(doc["id"].AsString, new Question(
                question["id"].AsString,
                Enum.Parse<QuestionType>(question["type"].AsString),
                question["text"].AsString,
                [.. question["options"].AsArray.Select(o => new QuestionOption(o["id"].AsString, o["label"].AsString))])),
            var kind => throw new NotSupportedException($"Unknown activity kind '{kind}'"),
        };
    }

    public static BsonDocument ToDocument(Participant p) => new()
    {
        ["_id"] = p.Id,
        ["workshopId"] = p.WorkshopId,
        ["tokenHash"] = p.TokenHash,
        ["side"] = p.Side is { } side ? (int)side : BsonValue.Null,
        ["joinedAt"] = Time(p.JoinedAt),
    };

    public static Participant ToParticipant(BsonDocument doc) => new(
        doc["_id"].AsString,
        doc["workshopId"].AsString,
        doc["tokenHash"].AsString,
        doc["side"].IsNull ? null : (Side)doc["side"].AsInt32,
        Time(doc["joinedAt"]));

    public static BsonDocument ToDocument(string workshopId, Answer a) => new()
    {
        ["_id"] = $"{workshopId}|{a.QuestionId}|{a.ParticipantId}",
        ["workshopId"] = workshopId,
        ["questionId"] = a.QuestionId,
        ["participantId"] = a.ParticipantId,
        ["optionIds"] = new BsonArray(a.OptionIds.Select(o => new BsonValue(o))),
        ["seq"] = a.Seq,
        ["answeredAt"] = Time(a.AnsweredAt),
    };

    public static (string WorkshopId, Answer Answer) ToAnswer(BsonDocument doc) => (doc["workshopId"].AsString, new Answer(
        doc["participantId"].AsString,
        doc["questionId"].AsString,
        [.. doc["optionIds"].AsArray.Select(o => o.AsString)],
        doc["seq"].AsInt64,
        Time(doc["answeredAt"])));

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
