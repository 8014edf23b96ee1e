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
    public const string Moderation = "moderation";

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
            ["showingGaps"] = live.ShowingGaps,
            ["questions"] = new BsonDocument(live.Questions.ToDictionary(
                q => q.Key,
                q => (BsonValue)new BsonDocument { ["phase"] = (int)q.Value.Phase, ["revealed"] = q.Value.Revealed, ["split"] = q.Value.SplitBySide })),
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
            q => new QuestionState((QuestionPhase)q.Value["phase"].AsInt32, q.Value["revealed"].AsBoolean, q.Value["split"].AsBoolean),
            StringComparer.Ordinal);
        return (workshop, new LiveState(live["currentIndex"].AsInt32, live["blanked"].AsBoolean, questions) { ShowingGaps = live["showingGaps"].AsBoolean });
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
                ["maxChoices"] = q.Question.MaxChoices,
                ["moderated"] = q.Question.Moderated,
                ["scale"] = q.Question.Scale is { } scale
                    ? new BsonDocument { ["min"] = scale.Min, ["max"] = scale.Max, ["low"] = scale.LowLabel, ["high"] = scale.HighLabel }
                    : BsonValue.Null,
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
                [.. question["options"].AsArray.Select(o => new QuestionOption(o["id"].AsString, o["label"].AsString))])
            {
                MaxChoices = question["maxChoices"].AsInt32,
                Moderated = question["moderated"].AsBoolean,
                Scale = question["scale"].IsNull
                    ? null
                    : new ScaleRange(question["scale"]["min"].AsInt32, question["scale"]["max"].AsInt32, question["scale"]["low"].AsString, question["scale"]["high"].AsString),
            }),
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
        ["optionIds"] = new BsonArray(a.Content.OptionIds.Select(o => new BsonValue(o))),
        ["values"] = new BsonDocument(a.Content.Values.ToDictionary(v => v.Key, v => new BsonValue(v.Value))),
        ["texts"] = new BsonArray(a.Content.Texts.Select(t => new BsonValue(t))),
        ["seq"] = a.Seq,
        ["answeredAt"] = Time(a.AnsweredAt),
    };

    public static (string WorkshopId, Answer Answer) ToAnswer(BsonDocument doc) => (doc["workshopId"].AsString, new Answer(
        doc["participantId"].AsString,
        doc["questionId"].AsString,
        new AnswerContent
        {
            OptionIds = [.. doc["optionIds"].AsArray.Select(o => o.AsString)],
            Values = doc["values"].AsDocument.ToDictionary(v => v.Key, v => v.Value.AsInt32, StringComparer.Ordinal),
            Texts = [.. doc["texts"].AsArray.Select(t => t.AsString)],
        },
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
