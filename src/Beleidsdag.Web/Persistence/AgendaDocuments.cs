using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using LiteDB;
using static Beleidsdag.Web.Persistence.BsonFields;

namespace Beleidsdag.Web.Persistence;

/// <summary>A workshop's agenda inside its workshop document: one document per activity, by kind.</summary>
internal static class AgendaDocuments
{
    public static BsonValue ToDocument(Activity activity)
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
                ["chapter"] = group.Chapter is { } chapter ? chapter.ToString() : BsonValue.Null,
            })),
        },
        PrioritisationActivity p => new BsonDocument { ["id"] = p.Id, ["kind"] = nameof(ActivityKind.Prioritisation), ["title"] = p.Title, ["dots"] = p.Dots },
        ConsentActivity c => new BsonDocument { ["id"] = c.Id, ["kind"] = nameof(ActivityKind.ConsentRound), ["title"] = c.Title },
        InfoActivity i => new BsonDocument { ["id"] = i.Id, ["kind"] = nameof(ActivityKind.Info), ["title"] = i.Title, ["body"] = i.Body, ["recap"] = i.Recap },
        EvaluationActivity e => new BsonDocument { ["id"] = e.Id, ["kind"] = nameof(ActivityKind.Evaluation), ["title"] = e.Title },
        DelegationsActivity d => new BsonDocument
        {
            ["id"] = d.Id, ["kind"] = nameof(ActivityKind.Delegations), ["title"] = d.Title, ["domains"] = new BsonArray(d.Domains.Select(x => new BsonValue(x))),
        },
        _ => throw new NotSupportedException($"Unknown activity {activity.GetType().Name}"),
    };

    public static Activity ToActivity(BsonDocument doc) => ActivityContent(doc) with
    {
        Chapter = ChapterOf(doc["chapter"]),
    };

    /// <summary>Stored by name; absent in documents written before it was kept.</summary>
    internal static AfsprakennotaChapter? ChapterOf(BsonValue value) =>
        value.IsString && Enum.TryParse<AfsprakennotaChapter>(value.AsString, out var chapter) ? chapter : null;

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
                    [.. g["richtvragen"].AsArray.Select(r => r.AsString)]) { Chapter = ChapterOf(g["chapter"]) })],
                doc["strategic"].AsString,
                doc["operational"].AsString,
                doc["target"].AsInt32),
            nameof(ActivityKind.Prioritisation) => new PrioritisationActivity(doc["id"].AsString, doc["title"].AsString, doc["dots"].AsInt32),
            nameof(ActivityKind.ConsentRound) => new ConsentActivity(doc["id"].AsString, doc["title"].AsString),
            nameof(ActivityKind.Evaluation) => new EvaluationActivity(doc["id"].AsString, doc["title"].AsString),
            nameof(ActivityKind.Delegations) => new DelegationsActivity(doc["id"].AsString, doc["title"].AsString, [.. doc["domains"].AsArray.Select(x => x.AsString)]),
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
}
