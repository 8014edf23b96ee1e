using System.Globalization;
using Beleidsdag.Domain.Groups;
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
    /// <summary>Answers as databases before the answer log stored them, one document each; read, never written.</summary>
    public const string Answers = "answers";
    public const string AnswerLog = "answerLog";
    public const string Receipts = "receipts";
    public const string Moderation = "moderation";
    public const string Memberships = "memberships";
    public const string Werkpunten = "werkpunten";
    public const string Reactions = "reactions";
    public const string Dots = "dots";
    public const string Consent = "consent";
    /// <summary>About the database itself, not about a workshop: the number of the last commit (<see cref="CommitFile"/>).</summary>
    public const string Meta = "meta";
    private const string CommitMarkerId = "commit";

    /// <summary>Written in every commit: the commit's number.</summary>
    public static BsonDocument CommitMarker(long sequence) => new() { ["_id"] = CommitMarkerId, ["seq"] = sequence };

    /// <summary>The number of the last commit the database holds (0 before the first numbered one).</summary>
    public static long StoredCommit(LiteDatabase database) =>
        database.GetCollection(Meta).FindById(CommitMarkerId) is { } marker ? marker["seq"].AsInt64 : 0;

    /// <summary>Which collection a pending write goes to, and the document it upserts there (answers: <see cref="Persistence.AnswerLog"/>).</summary>
    public static (string Collection, BsonDocument Document) ToUpsert(PendingWrite write) => write switch
    {
        SaveWorkshop w => (Workshops, ToDocument(w.Workshop, w.Live)),
        SaveParticipant p => (Participants, ToDocument(p.Participant)),
        SaveModeration m => (Moderation, ToDocument(m.WorkshopId, m.Decision)),
        SaveMembership m => (Memberships, ToDocument(m.WorkshopId, m.Membership)),
        SaveWerkpunt w => (Werkpunten, ToDocument(w.WorkshopId, w.Werkpunt)),
        SaveReaction r => (Reactions, ToDocument(r.WorkshopId, r.Reaction)),
        SaveDots d => (Dots, ToDocument(d.WorkshopId, d.ActivityId, d.Vote)),
        SaveConsent c => (Consent, ToDocument(c.WorkshopId, c.ActivityId, c.Vote)),
        SaveReceipt r => (Receipts, ToDocument(r.WorkshopId, r.Receipt)),
        _ => throw new NotSupportedException(write.GetType().Name),
    };

    /// <summary>Which collection a delete goes to and the id it removes; null when the write is an upsert.</summary>
    public static (string Collection, BsonValue Id)? ToDelete(PendingWrite write) => write switch
    {
        DeleteWerkpunt w => (Werkpunten, w.WerkpuntId),
        DeleteDots d => (Dots, $"{d.WorkshopId}|{d.ActivityId}|{d.ParticipantId}"),
        DeleteConsent c => (Consent, $"{c.WorkshopId}|{c.ActivityId}|{c.WerkpuntId}|{c.ParticipantId}"),
        DeleteMembership m => (Memberships, $"{m.WorkshopId}|{m.ExerciseId}|{m.ParticipantId}"),
        _ => null,
    };

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

    public static BsonMapper CreateMapper() => new() { SerializeNullValues = false };

    // Fields added later are missing from older documents: false, or null.
    private static bool Flag(BsonValue value) => value.IsBoolean && value.AsBoolean;

    private static int? OptionalInt(BsonValue value) => value.IsInt32 ? value.AsInt32 : null;

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
        ["followUpOf"] = workshop.FollowUpOf is { } earlier ? earlier : BsonValue.Null,
        ["expected"] = new BsonDocument
        {
            ["cbsVb"] = workshop.Expected.CbsVb is { } cbsVb ? cbsVb : BsonValue.Null,
            ["mat"] = workshop.Expected.Mat is { } mat ? mat : BsonValue.Null,
        },
        ["live"] = new BsonDocument
        {
            ["currentIndex"] = live.CurrentIndex,
            ["blanked"] = live.Blanked,
            ["showingGaps"] = live.ShowingGaps,
            ["exercises"] = new BsonDocument(live.Exercises.ToDictionary(e => e.Key, e => (BsonValue)ToDocument(e.Value))),
            ["questions"] = new BsonDocument(live.Questions.ToDictionary(
                q => q.Key,
                q => (BsonValue)new BsonDocument
                {
                    ["phase"] = (int)q.Value.Phase,
                    ["revealed"] = q.Value.Revealed,
                    ["split"] = q.Value.SplitBySide,
                    ["disclosed"] = q.Value.Disclosed,
                    ["splitWithheld"] = q.Value.SplitWithheld,
                })),
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
            FollowUpOf = doc["followUpOf"].IsString ? doc["followUpOf"].AsString : null,
            Expected = doc["expected"].IsDocument
                ? new ExpectedTurnout(OptionalInt(doc["expected"]["cbsVb"]), OptionalInt(doc["expected"]["mat"]))
                : ExpectedTurnout.None,
        };
        var live = doc["live"].AsDocument;
        var questions = live["questions"].AsDocument.ToDictionary(
            q => q.Key,
            // Databases from before disclosure: results once revealed have left the app.
            q => new QuestionState((QuestionPhase)q.Value["phase"].AsInt32, q.Value["revealed"].AsBoolean, q.Value["split"].AsBoolean)
            {
                Disclosed = q.Value["disclosed"].IsBoolean ? q.Value["disclosed"].AsBoolean : q.Value["revealed"].AsBoolean,
                SplitWithheld = q.Value["splitWithheld"].IsBoolean && q.Value["splitWithheld"].AsBoolean,
            },
            StringComparer.Ordinal);
        var exercises = live["exercises"].AsDocument.ToDictionary(e => e.Key, e => ToExerciseState(e.Value.AsDocument), StringComparer.Ordinal);
        return (workshop, new LiveState(live["currentIndex"].AsInt32, live["blanked"].AsBoolean, questions) { ShowingGaps = live["showingGaps"].AsBoolean, Exercises = exercises });
    }

    private static BsonValue ToDocument(Activity activity)
    {
        var doc = ActivityContent(activity);
        if (activity.Chapter is { } chapter)
        {
            doc["chapter"] = chapter.ToString();
        }

        return doc;
    }

    private static BsonDocument ActivityContent(Activity activity) => activity switch
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
                ["options"] = new BsonArray(q.Question.Options.Select(o => (BsonValue)new BsonDocument { ["id"] = o.Id, ["label"] = o.Label, ["exclusive"] = o.Exclusive })),
                ["maxChoices"] = q.Question.MaxChoices,
                ["moderated"] = q.Question.Moderated,
                ["staysOpen"] = q.Question.StaysOpenWhileRevealed,
                ["scale"] = q.Question.Scale is { } scale
                    ? new BsonDocument { ["min"] = scale.Min, ["max"] = scale.Max, ["low"] = scale.LowLabel, ["high"] = scale.HighLabel }
                    : BsonValue.Null,
            },
        },
        GroupExerciseActivity g => new BsonDocument
        {
            ["id"] = g.Id,
            ["kind"] = nameof(ActivityKind.GroupExercise),
            ["title"] = g.Title,
            ["strategic"] = g.StrategicQuestion,
            ["operational"] = g.OperationalQuestion,
            ["target"] = g.TargetPerGroup,
            ["groups"] = new BsonArray(g.Groups.Select(group => (BsonValue)new BsonDocument
            {
                ["id"] = group.Id,
                ["name"] = group.Name,
                ["phase"] = group.Phase is { } phase ? (int)phase : BsonValue.Null,
                ["richtvragen"] = new BsonArray(group.Richtvragen.Select(r => new BsonValue(r))),
            })),
        },
        PrioritisationActivity p => new BsonDocument { ["id"] = p.Id, ["kind"] = nameof(ActivityKind.Prioritisation), ["title"] = p.Title, ["dots"] = p.Dots },
        ConsentActivity c => new BsonDocument { ["id"] = c.Id, ["kind"] = nameof(ActivityKind.ConsentRound), ["title"] = c.Title },
        InfoActivity i => new BsonDocument { ["id"] = i.Id, ["kind"] = nameof(ActivityKind.Info), ["title"] = i.Title, ["body"] = i.Body, ["recap"] = i.Recap },
        _ => throw new NotSupportedException($"Unknown activity {activity.GetType().Name}"),
    };

    private static Activity ToActivity(BsonDocument doc) => ActivityContent(doc) with
    {
        Chapter = doc["chapter"].IsString ? Enum.Parse<AfsprakennotaChapter>(doc["chapter"].AsString) : null,
    };

    private static Activity ActivityContent(BsonDocument doc)
    {
        var question = doc["question"].IsDocument ? doc["question"].AsDocument : [];
        return doc["kind"].AsString switch
        {
            nameof(ActivityKind.Info) => new InfoActivity(doc["id"].AsString, doc["title"].AsString, doc["body"].AsString) { Recap = doc["recap"].IsBoolean && doc["recap"].AsBoolean },
            nameof(ActivityKind.GroupExercise) => new GroupExerciseActivity(
                doc["id"].AsString,
                doc["title"].AsString,
                [.. doc["groups"].AsArray.Select(g => new GroupDefinition(
                    g["id"].AsString,
                    g["name"].AsString,
                    g["phase"].IsNull ? null : (BeleidscyclusPhase)g["phase"].AsInt32,
                    [.. g["richtvragen"].AsArray.Select(r => r.AsString)]))],
                doc["strategic"].AsString,
                doc["operational"].AsString,
                doc["target"].AsInt32),
            nameof(ActivityKind.Prioritisation) => new PrioritisationActivity(doc["id"].AsString, doc["title"].AsString, doc["dots"].AsInt32),
            nameof(ActivityKind.ConsentRound) => new ConsentActivity(doc["id"].AsString, doc["title"].AsString),
            nameof(ActivityKind.Question) => new QuestionActivity(doc["id"].AsString, new Question(
                question["id"].AsString,
                Enum.Parse<QuestionType>(question["type"].AsString),
                question["text"].AsString,
                [.. question["options"].AsArray.Select(o => new QuestionOption(o["id"].AsString, o["label"].AsString) { Exclusive = Flag(o["exclusive"]) })])
            {
                MaxChoices = question["maxChoices"].AsInt32,
                Moderated = question["moderated"].AsBoolean,
                StaysOpenWhileRevealed = Flag(question["staysOpen"]),
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

    private static BsonDocument ToDocument(ExerciseState e) => new()
    {
        ["endsAt"] = e.Timer.EndsAt is { } end ? Time(end) : BsonValue.Null,
        ["pausedLeftMs"] = e.Timer.PausedWithLeft is { } left ? new BsonValue((long)left.TotalMilliseconds) : BsonValue.Null,
        ["plenary"] = e.Plenary,
        ["group"] = e.PlenaryGroup,
        ["item"] = e.PlenaryItem,
    };

    private static ExerciseState ToExerciseState(BsonDocument doc) => new(
        new CountdownTimer(
            doc["endsAt"].IsNull ? null : Time(doc["endsAt"]),
            doc["pausedLeftMs"].IsNull ? null : TimeSpan.FromMilliseconds(doc["pausedLeftMs"].AsInt64)),
        doc["plenary"].AsBoolean,
        doc["group"].AsInt32,
        doc["item"].AsInt32);

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
        Time(doc["updatedAt"])));

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
