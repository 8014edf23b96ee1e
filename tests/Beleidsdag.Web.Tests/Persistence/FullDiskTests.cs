using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>
/// A full disk, or any failed commit or checkpoint: the writer fails the write as transient, keeps running, reopens
/// the database, and writes again by itself once there is room; nothing acknowledged is lost.
/// (A stream that fails like a full disk; the tmpfs test in the integration tests fills a real one.)
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-full-").FullName;
    private readonly TestDisk _disk = new();
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task CommitOnAFullDisk_FailsAsTransient_AndWritingResumesByItselfOnceThereIsRoom()
    {
        using var database = OpenOnTestDisk();
        using var writer = new DatabaseWriter(database, _clock, NullLogger<DatabaseWriter>.Instance);
        var changes = 0;
        writer.AvailabilityChanged += () => Interlocked.Increment(ref changes);
        await writer.EnqueueAsync(Answer("phone-1"));

        _disk.Full = true;
        await Assert.ThrowsAsync<StorageUnavailableException>(() => writer.EnqueueAsync(Answer("phone-2")));
        Assert.True(writer.Unavailable);
        // Still full: the probe fails too, and the writer stays alive.
        _clock.Advance(TimeSpan.FromSeconds(2));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => writer.EnqueueAsync(Answer("phone-3")));

        _disk.Full = false;
        await ProbeUntilWritingAsync(writer);
        await writer.EnqueueAsync(Answer("phone-2"));

        Assert.Equal(2, changes);
        Assert.Equal(["phone-1", "phone-2"], StoredParticipants(database));
    }

    [Fact]
    public async Task CheckpointOnAFullDisk_DoesNotEndTheWriter_AndLosesNothing()
    {
        using (var database = OpenOnTestDisk())
        using (var writer = new DatabaseWriter(database, _clock, NullLogger<DatabaseWriter>.Instance))
        {
            for (var i = 1; i <= 20; i++)
            {
                await writer.EnqueueAsync(Answer($"phone-{i}"));
            }

            _disk.Full = true;
            var unavailable = new TaskCompletionSource();
            writer.AvailabilityChanged += () => unavailable.TrySetResult();
            _clock.Advance(TimeSpan.FromMinutes(1));
            await unavailable.Task.WaitAsync(TimeSpan.FromSeconds(30), Xunit.TestContext.Current.CancellationToken);

            _disk.Full = false;
            await ProbeUntilWritingAsync(writer);
            await writer.EnqueueAsync(Answer("phone-21"));
        }

        using var reopened = new BeleidsdagDatabase(_folder);
        Assert.Equal(21, StoredParticipants(reopened).Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BeleidsdagDatabase OpenOnTestDisk() => new(_folder, path => new WatchedFile(DurableFile.Open(path), _disk));

    private static SaveAnswer Answer(string participant) =>
        new("workshop", new Answer(participant, "question", AnswerContent.Choice("yes"), 1, DateTimeOffset.UnixEpoch, Side.Mat), $"key-{participant}");

    private static List<string> StoredParticipants(BeleidsdagDatabase database) =>
        [.. AnswerLog.Replay(database.Database, _ => Side.Mat).Answers.Select(a => a.Answer.ParticipantId).Order(StringComparer.Ordinal)];

    /// <summary>The writer probes the disk every 2 s of its clock; a probe queued behind a recovery may fail, the next one not.</summary>
    private async Task ProbeUntilWritingAsync(DatabaseWriter writer)
    {
        for (var i = 0; i < 600 && writer.Unavailable; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(50, Xunit.TestContext.Current.CancellationToken);
        }

        Assert.False(writer.Unavailable);
    }
}
