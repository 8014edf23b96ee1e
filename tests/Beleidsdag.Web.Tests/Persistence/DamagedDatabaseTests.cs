using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>
/// What a laptop's disk can do to the files: the server either starts with everything it acknowledged, or
/// refuses with a Dutch message that names the file, what is wrong and the newest backup.
/// </summary>
public sealed class DamagedDatabaseTests : IDisposable
{
    private const int Acknowledged = 90;
    private readonly string _folder = Directory.CreateTempSubdirectory("beleidsdag-damaged-").FullName;
    private readonly string _killed = Directory.CreateTempSubdirectory("beleidsdag-killed-").FullName;

    [Fact]
    public async Task KilledWithEverythingInTheLog_StartsWithEveryAcknowledgedAnswer()
    {
        await AnswerThenKillAsync();

        Assert.Equal(Acknowledged, StoredAnswerCount(_killed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0.5)]
    public async Task LogCutShort_Refuses_NamingTheLog(double cut)
    {
        await AnswerThenKillAsync();
        var log = Path.Combine(_killed, BeleidsdagDatabase.LogFileName);
        var length = new FileInfo(log).Length;
        using (var file = File.OpenWrite(log))
        {
            file.SetLength(cut == 1 ? length - 1 : (long)(length * cut));
        }

        var refusal = Assert.Throws<DatabaseDamagedException>(() => StoredAnswerCount(_killed));

        Assert.Contains("logbestand is ingekort", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(log, refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"van de {Acknowledged + 1} bevestigde", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogDeleted_Refuses_AndNamesTheNewestBackup()
    {
        await AnswerThenKillAsync();
        File.Delete(Path.Combine(_killed, BeleidsdagDatabase.LogFileName));
        var backups = Directory.CreateDirectory(BackupFolder.PathIn(_killed)).FullName;
        File.WriteAllText(Path.Combine(backups, "beleidsdag-20261128-101500.db"), "nieuw");
        File.WriteAllText(Path.Combine(backups, "beleidsdag-20261128-091000.db"), "oud");

        var refusal = Assert.Throws<DatabaseDamagedException>(() => StoredAnswerCount(_killed));

        Assert.Contains("logbestand ontbreekt", refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"--restore \"{Path.Combine(backups, "beleidsdag-20261128-101500.db")}\"", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyMainFile_Refuses()
    {
        await AnswerThenKillAsync();
        File.WriteAllBytes(Path.Combine(_killed, BeleidsdagDatabase.FileName), []);

        var refusal = Assert.Throws<DatabaseDamagedException>(() => StoredAnswerCount(_killed));

        Assert.Contains("ontbreekt of is leeg", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Er staat geen back-up", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8192)]
    [InlineData(3 * 8192)]
    public async Task FlippedBytesInTheMainFile_Refuse(int offset)
    {
        await AnswerThenCloseAsync();
        var main = Path.Combine(_folder, BeleidsdagDatabase.FileName);
        var bytes = File.ReadAllBytes(main);
        for (var i = offset; i < offset + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(main, bytes);

        AssertRefusedNamingTheMainFile(_folder);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.2)]
    public async Task TruncatedMainFile_Refuses(double kept)
    {
        await AnswerThenCloseAsync();
        var main = Path.Combine(_folder, BeleidsdagDatabase.FileName);
        using (var file = File.OpenWrite(main))
        {
            file.SetLength((long)(file.Length * kept));
        }

        AssertRefusedNamingTheMainFile(_folder);
    }

    [Fact]
    public async Task DataFolderFromBeforeTheCommitFile_Starts_AndGetsOne()
    {
        await AnswerThenCloseAsync();
        File.Delete(Path.Combine(_folder, CommitFile.FileName));

        Assert.Equal(Acknowledged, StoredAnswerCount(_folder));
        Assert.Equal(Acknowledged + 1, CommitFile.Read(Path.Combine(_folder, CommitFile.FileName)));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_killed, recursive: true);
    }

    private static void AssertRefusedNamingTheMainFile(string folder)
    {
        var refusal = Assert.Throws<DatabaseDamagedException>(() => StoredAnswerCount(folder));

        Assert.Contains("beschadigd", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder, BeleidsdagDatabase.FileName), refusal.Message, StringComparison.Ordinal);
        Assert.Contains("back-up", refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>What a kill -9 leaves: the files as they are while the server runs (every commit in the log, no checkpoint).</summary>
    private async Task AnswerThenKillAsync()
    {
        using var database = new BeleidsdagDatabase(_folder);
        using var writer = new DatabaseWriter(database, TimeProvider.System, NullLogger<DatabaseWriter>.Instance);
        await WriteAnswersAsync(writer);
        foreach (var name in new[] { BeleidsdagDatabase.FileName, BeleidsdagDatabase.LogFileName, CommitFile.FileName })
        {
            File.Copy(Path.Combine(_folder, name), Path.Combine(_killed, name));
        }
    }

    private async Task AnswerThenCloseAsync()
    {
        using var database = new BeleidsdagDatabase(_folder);
        using var writer = new DatabaseWriter(database, TimeProvider.System, NullLogger<DatabaseWriter>.Instance);
        await WriteAnswersAsync(writer);
    }

    private static async Task WriteAnswersAsync(DatabaseWriter writer)
    {
        await writer.EnqueueAsync(new SaveParticipant(new("phone-0", "workshop", "hash", null, DateTimeOffset.UnixEpoch)));
        for (var i = 1; i <= Acknowledged; i++)
        {
            await writer.EnqueueAsync(new SaveAnswer("workshop", new Answer($"phone-{i}", "question", AnswerContent.Choice("yes"), 1, DateTimeOffset.UnixEpoch, Side.Mat), $"key-{i}"));
        }
    }

    private static int StoredAnswerCount(string folder)
    {
        using var database = new BeleidsdagDatabase(folder);
        new WorkshopStore(database).LoadAll();
        return AnswerLog.Replay(database.Database, _ => Side.Mat).Answers.Count;
    }
}
