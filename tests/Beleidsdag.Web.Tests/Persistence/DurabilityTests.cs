using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>Acknowledged means on disk: what a power cut can do, not only a killed process.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-durable-").FullName;
    private readonly Dictionary<string, WatchedFile> _files = [];

    [Fact]
    public async Task EveryAcknowledgedWrite_IsFlushedToTheDisk_BeforeItsAck()
    {
        using var database = OpenWatched();
        using var writer = new DatabaseWriter(database, TimeProvider.System, NullLogger<DatabaseWriter>.Instance);
        var log = _files[BeleidsdagDatabase.LogFileName];

        for (var seq = 1; seq <= 5; seq++)
        {
            var flushesBefore = log.Flushes;
            await writer.EnqueueAsync(new SaveAnswer("workshop", new Answer("phone", "question", AnswerContent.Choice("yes"), seq, DateTimeOffset.UnixEpoch, Side.Mat)));

            Assert.Equal(0, log.UnflushedWrites);
            Assert.True(log.Flushes > flushesBefore);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BeleidsdagDatabase OpenWatched() => new(_folder, path => _files[Path.GetFileName(path)] = new WatchedFile(DurableFile.Open(path)));
}
