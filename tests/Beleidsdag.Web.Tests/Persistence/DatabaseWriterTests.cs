using Beleidsdag.Domain.Participants;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>The writer against a real LiteDB file in a temporary folder.</summary>
public sealed class DatabaseWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-writer-").FullName;

    [Fact]
    public async Task WritesArrivingInABurst_ShareOneCommit_AndAreAllStored()
    {
        var database = new BeleidsdagDatabase(_folder);
        using (var writer = new DatabaseWriter(database, TimeProvider.System, NullLogger<DatabaseWriter>.Instance))
        {
            // The first commits create the file and compile the code; a warm writer is what a burst meets.
            await writer.EnqueueAsync(new SaveParticipant(NewParticipant(-1)));
            await writer.EnqueueAsync(new SaveParticipant(NewParticipant(0)));
            var before = writer.Commits;

            // Ten writes over a few milliseconds, right after a commit: each would otherwise be a transaction of its own.
            var writes = new List<Task>();
            for (var i = 1; i <= 10; i++)
            {
                writes.Add(writer.EnqueueAsync(new SaveParticipant(NewParticipant(i))));
                await Task.Delay(1);
            }

            await Task.WhenAll(writes);

            // Without the commit interval this is 10 (one per write).
            Assert.InRange(writer.Commits - before, 1, 4);
        }

        var stored = database.Database.GetCollection(DocumentMapping.Participants).Count();
        database.Dispose();
        Assert.Equal(12, stored);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Participant NewParticipant(int number) =>
        new($"participant-{number}", "workshop", "hash", null, DateTimeOffset.UnixEpoch);
}
