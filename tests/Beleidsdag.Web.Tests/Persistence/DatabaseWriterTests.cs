using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>The writer against a real LiteDB file in a temporary folder.</summary>
public sealed class DatabaseWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-writer-").FullName;

    [Fact]
    public async Task WritesArrivingWithinTheCommitInterval_ShareOneCommit_AndAreAllStored()
    {
        var pace = new FakeTimeProvider();
        var database = new BeleidsdagDatabase(_folder);
        using (var writer = new DatabaseWriter(database, TimeProvider.System, pace, NullLogger<DatabaseWriter>.Instance))
        {
            // A write after a quiet spell is committed at once.
            await writer.EnqueueAsync(new SaveParticipant(NewParticipant(0)));
            Assert.Equal(1, writer.Commits);

            // Ten writes right after that commit wait for the interval to pass; the clock does not move meanwhile.
            var writes = Enumerable.Range(1, 10).Select(i => writer.EnqueueAsync(new SaveParticipant(NewParticipant(i)))).ToList();
            pace.Advance(DatabaseWriter.MinCommitInterval);
            await Task.WhenAll(writes);

            // Without the commit interval this is 11 (one per write).
            Assert.Equal(2, writer.Commits);
        }

        var stored = database.Database.GetCollection(DocumentMapping.Participants).Count();
        database.Dispose();
        Assert.Equal(11, stored);
    }

    [Fact]
    public async Task AnInjectedCommitInterval_GroupsEveryWriteThatArrivesWithinIt()
    {
        var pace = new FakeTimeProvider();
        var database = new BeleidsdagDatabase(_folder);
        using (var writer = new DatabaseWriter(database, TimeProvider.System, pace, NullLogger<DatabaseWriter>.Instance, commitInterval: TimeSpan.FromSeconds(2)))
        {
            await writer.EnqueueAsync(new SaveParticipant(NewParticipant(0)));

            // Two waves a second apart: far beyond the default interval, within the injected one.
            var first = writer.EnqueueAsync(new SaveParticipant(NewParticipant(1)));
            pace.Advance(TimeSpan.FromSeconds(1));
            var second = writer.EnqueueAsync(new SaveParticipant(NewParticipant(2)));
            pace.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAll(first, second);

            Assert.Equal(2, writer.Commits);
        }

        database.Dispose();
    }

    [Fact]
    public async Task AnswersReadBack_AreTheLastOfEach_AfterRestarts_AlsoOverAnswersStoredOneDocumentEach()
    {
        using var database = new BeleidsdagDatabase(_folder);
        // Before the answer log, each answer was one document in the answers collection.
        var old = AnswerDocuments.ToDocument("workshop", NewAnswer("old-phone", seq: 1), receiptKey: "old-key-1");
        old["_id"] = "workshop|question|old-phone";
        database.Database.GetCollection(DocumentMapping.Answers).Insert(old);

        using (var writer = NewWriter(database))
        {
            await writer.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("phone", seq: 1)));
            await writer.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("phone", seq: 2)));
            await writer.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("dropped-phone", seq: 1)));
        }

        using (var restarted = NewWriter(database))
        {
            await restarted.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("phone", seq: 3)));
            await restarted.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("old-phone", seq: 2)));
            await restarted.EnqueueAsync(new DeleteAnswer("workshop", "question", "dropped-phone"));
        }

        Assert.Equal([("old-phone", 2L), ("phone", 3L)], StoredAnswers(database));
    }

    [Fact]
    public async Task EveryAcceptedAnswerKeepsItsReceipt_AlsoOneReplacedOrDroppedLater()
    {
        using var database = new BeleidsdagDatabase(_folder);
        using (var writer = NewWriter(database))
        {
            await writer.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("phone", seq: 1), ReceiptKey: "first-key"));
            await writer.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("phone", seq: 2), ReceiptKey: "second-key"));
            await writer.EnqueueAsync(new DeleteAnswer("workshop", "question", "phone"));
        }

        var (answers, receipts) = AnswerLog.Replay(database.Database, _ => Side.Mat);

        Assert.Empty(answers);
        Assert.Equal(["first-key", "second-key"], receipts.Select(r => r.Receipt.Key).Order());
        Assert.All(receipts, r => Assert.Equal(("workshop", "phone", true), (r.WorkshopId, r.Receipt.ParticipantId, r.Receipt.Error == SubmissionError.None)));
    }

    [Fact]
    public async Task ABatchThatFails_LeavesNoTraceInTheAnswerLog()
    {
        using var database = new BeleidsdagDatabase(_folder);
        using var writer = NewWriter(database);
        await writer.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("phone", seq: 1)));

        var failure = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            writer.EnqueueAsync(new DeleteAnswer("workshop", "question", "phone"), new SaveAnswer("workshop", NewAnswer("other-phone", seq: 1)), new UnknownWrite()));
        Assert.IsType<NotSupportedException>(failure.InnerException);
        Assert.Equal([("phone", 1L)], StoredAnswers(database));

        // The failed batch's entries must not ride along with the next commit.
        await writer.EnqueueAsync(new SaveAnswer("workshop", NewAnswer("phone", seq: 2)));
        Assert.Equal([("phone", 2L)], StoredAnswers(database));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static DatabaseWriter NewWriter(BeleidsdagDatabase database) =>
        new(database, TimeProvider.System, NullLogger<DatabaseWriter>.Instance);

    private static List<(string Participant, long Seq)> StoredAnswers(BeleidsdagDatabase database) =>
        [.. AnswerLog.Replay(database.Database, _ => Side.Mat).Answers.Select(a => (a.Answer.ParticipantId, a.Answer.Seq)).Order()];

    private static Answer NewAnswer(string participantId, long seq) =>
        new(participantId, "question", new AnswerContent { OptionIds = ["yes"] }, seq, DateTimeOffset.UnixEpoch, Side.Mat);

    /// <summary>A write the writer does not know: it fails the batch it is in.</summary>
    private sealed record UnknownWrite : PendingWrite;

    private static Participant NewParticipant(int number) =>
        new($"participant-{number}", "workshop", "hash", null, DateTimeOffset.UnixEpoch);
}
