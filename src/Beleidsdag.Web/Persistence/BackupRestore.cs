using System.Globalization;
using LiteDB;
using LiteDB.Engine;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// <c>--restore &lt;file&gt;</c>: puts a backup in place of the database before it is opened. The files it replaces
/// are kept in <c>backups/voor-herstel-…/</c>; what was written after the backup was made is not in it.
/// </summary>
internal static class BackupRestore
{
    private const string StagingName = "beleidsdag.restoring.db";

    /// <exception cref="DatabaseDamagedException">The file is missing or is not a readable backup; nothing was changed.</exception>
    public static void Restore(string dataFolder, string backup)
    {
        var source = Path.GetFullPath(backup);
        if (!File.Exists(source))
        {
            throw new DatabaseDamagedException($"Terugzetten lukt niet: het bestand {source} bestaat niet. Er werd niets veranderd.");
        }

        var staging = Path.Combine(dataFolder, StagingName);
        File.Copy(source, staging, overwrite: true);
        long sequence;
        try
        {
            sequence = ReadWhole(staging);
        }
        catch (Exception e)
        {
            File.Delete(staging);
            throw new DatabaseDamagedException($"Terugzetten lukt niet: {source} is geen leesbare back-up ({e.Message}). Er werd niets veranderd.", e);
        }

        var aside = Path.Combine(BackupFolder.PathIn(dataFolder), $"voor-herstel-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        Directory.CreateDirectory(aside);
        foreach (var name in new[] { BeleidsdagDatabase.FileName, BeleidsdagDatabase.LogFileName, CommitFile.FileName })
        {
            if (File.Exists(Path.Combine(dataFolder, name)))
            {
                File.Move(Path.Combine(dataFolder, name), Path.Combine(aside, name));
            }
        }

        File.Move(staging, Path.Combine(dataFolder, BeleidsdagDatabase.FileName));
        using var commits = new CommitFile(Path.Combine(dataFolder, CommitFile.FileName));
        commits.Record(sequence);
    }

    /// <summary>Reads every document of the copy (so a damaged backup is refused) and returns its commit number.</summary>
    private static long ReadWhole(string path)
    {
        using var data = DurableFile.Open(path);
        using var log = new MemoryStream();
        using var database = new LiteDatabase(new LiteEngine(new EngineSettings { DataStream = data, LogStream = log }));
        foreach (var name in database.GetCollectionNames())
        {
            _ = database.GetCollection(name).FindAll().Count();
        }

        return DocumentMapping.StoredCommit(database);
    }
}
