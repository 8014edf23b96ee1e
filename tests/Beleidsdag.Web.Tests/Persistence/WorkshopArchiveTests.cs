using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>
/// The export covers every collection: every document the writer stores for a workshop is found as that
/// workshop's, whatever collection it is in. A new kind of write, or a collection whose documents carry no
/// workshopId, makes these tests fail until the archive knows it.
/// </summary>
public sealed class WorkshopArchiveTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-archive-").FullName;

    [Fact]
    public void EveryKindOfWrite_IsInTheSampleDay()
    {
        var kinds = typeof(PendingWrite).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PendingWrite)) && !t.IsAbstract && t.IsPublic)
            .Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(SampleDay("w").Select(w => w.GetType().Name).Distinct().Order(StringComparer.Ordinal), kinds);
    }

    [Fact]
    public async Task EveryStoredDocument_BelongsToItsWorkshop_AndTheExportHasEveryCollection()
    {
        using var database = new BeleidsdagDatabase(_folder);
        using (var writer = new DatabaseWriter(database, TimeProvider.System, NullLogger<DatabaseWriter>.Instance))
        {
            await writer.EnqueueAsync([.. SampleDay("one")]);
            await writer.EnqueueAsync([.. SampleDay("two")]);
        }

        Assert.Empty(WorkshopArchive.Unattributed(database.Database));
        var stored = database.Database.GetCollectionNames().Where(n => !WorkshopArchive.NotWorkshopData.Contains(n)).Order(StringComparer.Ordinal);
        var exported = WorkshopArchive.Select(database.Database, "one");
        Assert.Equal(stored, exported.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("two", WorkshopArchive.ToJson("one", exported, Nine).Replace("\"two-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenDelete_ThenImport_GivesTheSameWorkshopBack()
    {
        using var database = new BeleidsdagDatabase(_folder);
        using var writer = new DatabaseWriter(database, TimeProvider.System, NullLogger<DatabaseWriter>.Instance);
        await writer.EnqueueAsync([.. SampleDay("one")]);
        await writer.EnqueueAsync([.. SampleDay("two")]);
        Dictionary<string, List<LiteDB.BsonDocument>> exported = [];
        await writer.EnqueueAsync(new DatabaseWork(db => exported = WorkshopArchive.Select(db, "one")));
        var json = WorkshopArchive.ToJson("one", exported, Nine);

        await writer.EnqueueAsync(new DatabaseWork(db => WorkshopArchive.Delete(db, "one")));
        Assert.Equal(["two"], WorkshopStore.Load(database.Database).Select(w => w.Workshop.Id));
        var (id, documents) = WorkshopArchive.FromJson(json);
        await writer.EnqueueAsync(new DatabaseWork(db => WorkshopArchive.Insert(db, documents)));

        var back = WorkshopStore.Load(database.Database).Single(w => w.Workshop.Id == id);
        Assert.Equal([("one-phone", false), ("one-removed-phone", true)], back.Participants.Select(p => (p.Id, p.Removed)).Order());
        Assert.Equal("Respect", Assert.Single(back.Answers).Content.Texts[0]);
        Assert.Single(back.Werkpunten);
        Assert.Single(back.Dots);
        Assert.Single(back.Consent);
    }

    [Fact]
    public void AFileOfALaterVersion_IsRefused_WithADutchMessage()
    {
        var json = WorkshopArchive.ToJson("one", new Dictionary<string, List<LiteDB.BsonDocument>>(), Nine).Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal);

        var refusal = Assert.Throws<FormatException>(() => WorkshopArchive.FromJson(json));

        Assert.Contains("versie 2", refusal.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>One write of every kind the runtime makes, for one workshop.</summary>
    private static IEnumerable<PendingWrite> SampleDay(string workshop)
    {
        var phone = $"{workshop}-phone";
        var werkpunt = new Werkpunt($"{workshop}-werkpunt", "exercise", "group", new WerkpuntContent("Adviesvraag komt te laat", [], WerkpuntOwner.Mat, "", "", ""), 1, false, null, Nine, Nine);
        yield return new SaveWorkshop(new Workshop
        {
            Id = workshop, Title = "Beleidsdag", Municipality = "Zottegem", Date = new DateOnly(2026, 11, 28),
            JoinCode = $"{workshop}-code", ScreenKey = $"{workshop}-screen", CreatedAt = Nine, Agenda = [],
        }, LiveState.Start);
        yield return new SaveParticipant(new Participant(phone, workshop, "hash", Side.Mat, Nine));
        yield return new SaveAnswer(workshop, new Answer(phone, "question", AnswerContent.Text("Respect"), 1, Nine, Side.Mat), "key-1");
        yield return new SaveAnswer(workshop, new Answer(phone, "dropped", AnswerContent.Text("Weg"), 1, Nine, Side.Mat));
        yield return new DeleteAnswer(workshop, "dropped", phone);
        yield return new SaveModeration(workshop, new ModerationDecision("question", phone, 1, ModerationStatus.Approved, null));
        yield return new SaveReceipt(workshop, new Receipt(phone, "key-2", SubmissionError.QuestionNotOpen, false));
        yield return new SaveMembership(workshop, new Membership("exercise", phone, "group"));
        yield return new SaveWerkpunt(workshop, werkpunt);
        yield return new SaveWerkpunt(workshop, werkpunt with { Id = $"{workshop}-removed" });
        yield return new DeleteWerkpunt($"{workshop}-removed");
        yield return new SaveReaction(workshop, new Reaction(werkpunt.Id, phone, true));
        yield return new SaveDots(workshop, "prioritisation", new DotVote(phone, new Dictionary<string, int> { [werkpunt.Id] = 2 }, 2, Side.Mat));
        yield return new SaveConsent(workshop, "consent", new ConsentVote(phone, werkpunt.Id, ConsentChoice.Akkoord, Side.Mat));
        // A removed participant's votes and group, where their figures had not left the app (docs/rules.md).
        var removed = $"{workshop}-removed-phone";
        yield return new SaveParticipant(new Participant(removed, workshop, "hash-2", Side.CbsVb, Nine) { Removed = true });
        yield return new SaveMembership(workshop, new Membership("exercise", removed, "group"));
        yield return new DeleteMembership(workshop, "exercise", removed);
        yield return new SaveDots(workshop, "prioritisation", new DotVote(removed, new Dictionary<string, int> { [werkpunt.Id] = 1 }, 1, Side.CbsVb));
        yield return new DeleteDots(workshop, "prioritisation", removed);
        yield return new SaveConsent(workshop, "consent", new ConsentVote(removed, werkpunt.Id, ConsentChoice.Bezwaar, Side.CbsVb));
        yield return new DeleteConsent(workshop, "consent", werkpunt.Id, removed);
        var delegation = new DelegationRecord("delegations", "Personeel", "Aanstellingen", "Algemeen directeur", "CBS-besluit", "Maandelijks", "");
        yield return new SaveDelegation(workshop, delegation);
        yield return new SaveDelegation(workshop, delegation with { Domain = "Weg" });
        yield return new DeleteDelegation(workshop, "delegations", "Weg");
        yield return new SaveEvaluation(workshop, new EvaluationRecord("evaluation", "Jaarlijks in december", "CBS en MAT samen", "Gesprek met de algemeen directeur", "Na 3 jaar"));
    }
}
