using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>Backups while the day runs, and putting one back with --restore.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-backup-").FullName;
    private readonly string _spare = Directory.CreateTempSubdirectory("beleidsdag-spare-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ABackupAsked_AfterWrites_IsAWholeDatabase_ThatRestoresEveryAnswer()
    {
        using (var database = new BeleidsdagDatabase(_folder))
        using (var writer = new DatabaseWriter(database, _clock, NullLogger<DatabaseWriter>.Instance))
        {
            await WriteAnswersAsync(writer, 1, 30);
            writer.RequestBackup();
            await Until(() => writer.BackupsMade == 1);
            await WriteAnswersAsync(writer, 31, 40);
        }

        var backup = Assert.Single(BackupFolder.Backups(_folder));
        Assert.Equal("beleidsdag-20261128-090000.db", Path.GetFileName(backup));
        using var restored = new BeleidsdagDatabase(_spare, restoreFrom: backup);
        Assert.Equal(30, AnswerLog.Replay(restored.Database, _ => Side.Mat).Answers.Count);
    }

    [Fact]
    public async Task EveryFiveMinutes_ABackup_OnlyWhenSomethingWasWritten()
    {
        using var database = new BeleidsdagDatabase(_folder);
        using var writer = new DatabaseWriter(database, _clock, NullLogger<DatabaseWriter>.Instance);
        await WriteAnswersAsync(writer, 1, 5);

        _clock.Advance(TimeSpan.FromMinutes(5));
        await Until(() => writer.BackupsMade == 1);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await WriteAnswersAsync(writer, 6, 6);
        Assert.Equal(1, writer.BackupsMade);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Until(() => writer.BackupsMade == 2);

        Assert.Equal(2, BackupFolder.Backups(_folder).Count);
    }

    [Fact]
    public void OldBackups_KeepTheNewestTwenty_AndTheNewestOfEachDay()
    {
        var names = new List<string>();
        foreach (var day in new[] { 26, 27, 28 })
        {
            for (var minute = 0; minute < 15; minute++)
            {
                names.Add($"/data/backups/beleidsdag-202611{day}-09{minute:00}00.db");
            }
        }

        var deleted = BackupFolder.Superfluous(names).ToList();
        var kept = names.Except(deleted).ToList();

        // The newest twenty reach back into the 27th; of the 26th only its last one stays.
        Assert.Equal(21, kept.Count);
        Assert.Equal(names.TakeLast(20), kept.TakeLast(20));
        Assert.Equal("/data/backups/beleidsdag-20261126-091400.db", kept[0]);
    }

    [Fact]
    public async Task Restore_KeepsTheReplacedFilesAside_AndADamagedBackupChangesNothing()
    {
        using (var database = new BeleidsdagDatabase(_folder))
        using (var writer = new DatabaseWriter(database, _clock, NullLogger<DatabaseWriter>.Instance))
        {
            await WriteAnswersAsync(writer, 1, 3);
        }

        var damaged = Path.Combine(_spare, "kapot.db");
        await File.WriteAllBytesAsync(damaged, new byte[8192 * 3], Xunit.TestContext.Current.CancellationToken);
        var refusal = Assert.Throws<DatabaseDamagedException>(() => new BeleidsdagDatabase(_folder, restoreFrom: damaged).Dispose());
        Assert.Contains("geen leesbare back-up", refusal.Message, StringComparison.Ordinal);
        using (var unchanged = new BeleidsdagDatabase(_folder))
        {
            Assert.Equal(3, AnswerLog.Replay(unchanged.Database, _ => Side.Mat).Answers.Count);
        }

        var empty = Path.Combine(_spare, "leeg");
        new BeleidsdagDatabase(empty).Dispose();
        using (var restored = new BeleidsdagDatabase(_folder, restoreFrom: Path.Combine(empty, BeleidsdagDatabase.FileName)))
        {
            Assert.Empty(AnswerLog.Replay(restored.Database, _ => Side.Mat).Answers);
        }

        var aside = Assert.Single(Directory.GetDirectories(BackupFolder.PathIn(_folder), "voor-herstel-*"));
        Assert.True(File.Exists(Path.Combine(aside, BeleidsdagDatabase.FileName)));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_spare, recursive: true);
    }

    private static async Task WriteAnswersAsync(DatabaseWriter writer, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            await writer.EnqueueAsync(new SaveAnswer("workshop", new Answer($"phone-{i}", "question", AnswerContent.Choice("yes"), 1, DateTimeOffset.UnixEpoch, Side.Mat)));
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50, Xunit.TestContext.Current.CancellationToken);
        }

        Assert.True(condition());
    }
}
