using System.Globalization;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Workshops;
using LiteDB;
using static Beleidsdag.Web.Persistence.BsonFields;

namespace Beleidsdag.Web.Persistence;

/// <summary>The workshops collection: a workshop, its agenda and where the room is (<see cref="LiveState"/>).</summary>
internal static class WorkshopDocuments
{
    public static BsonDocument ToDocument(Workshop workshop, LiveState live) => new()
    {
        ["_id"] = workshop.Id,
        ["title"] = workshop.Title,
        ["municipality"] = workshop.Municipality,
        ["date"] = workshop.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["joinCode"] = workshop.JoinCode,
        ["screenKey"] = workshop.ScreenKey,
        ["createdAt"] = Time(workshop.CreatedAt),
        ["agenda"] = new BsonArray(workshop.Agenda.Select(AgendaDocuments.ToDocument)),
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
            Agenda = [.. doc["agenda"].AsArray.Select(a => AgendaDocuments.ToActivity(a.AsDocument))],
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
}
