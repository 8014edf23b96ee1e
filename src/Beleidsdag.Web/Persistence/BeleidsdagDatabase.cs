using LiteDB;
using LiteDB.Engine;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// The one LiteDatabase of the process (Direct mode), and the exclusive lock on its data folder.
/// LiteDB 5 is not safe with two processes writing the same file, so a second server must refuse to start.
/// The operating system drops the lock when the process dies, so a crash leaves nothing stale behind.
/// LiteDB runs on streams of ours (<see cref="DurableFile"/>), so that the writer can put each commit on the
/// disk before it is acknowledged (<see cref="MakeDurable"/>). Opening refuses a database that holds less than
/// was acknowledged (<see cref="CommitFile"/>) or cannot be read (<see cref="DatabaseDamagedException"/>).
/// </summary>
public sealed class BeleidsdagDatabase : IDisposable
{
    public const string FileName = "beleidsdag.db";
    /// <summary>The name LiteDB gives its log in file mode, so data folders from before keep theirs.</summary>
    public const string LogFileName = "beleidsdag-log.db";
    private const string LockFileName = "beleidsdag.lock";
    private const int PageSize = 8192;

    // Only used when the file is created. Ids are case-sensitive, so CompareOptions.None rather than
    // LiteDB's default IgnoreCase. (Ordinal would be no faster: see docs/performance.md.)
    private static readonly Collation Collation = new("nl-BE/None");

    private readonly FileStream _lock;
    private readonly Func<string, Stream> _openFile;
    private Stream? _data;
    private Stream? _log;
    private CommitFile? _commits;

    /// <summary>Opens the database of the data folder; with <paramref name="restoreFrom"/> it first puts that backup in its place.</summary>
    public BeleidsdagDatabase(string dataFolder, bool logWriteThrough = false, string? restoreFrom = null)
        : this(dataFolder, path => DurableFile.Open(path, logWriteThrough && path.EndsWith(LogFileName, StringComparison.Ordinal)), restoreFrom)
    {
    }

    /// <summary>Opens the data file and the log with <paramref name="openFile"/>, whose streams' Flush must reach the disk (a test seam for failing disks).</summary>
    internal BeleidsdagDatabase(string dataFolder, Func<string, Stream> openFile, string? restoreFrom = null)
    {
        Directory.CreateDirectory(dataFolder);
        DataFolder = dataFolder;
        _openFile = openFile;
        try
        {
            _lock = new FileStream(Path.Combine(dataFolder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new DataFolderInUseException(dataFolder, e);
        }

        try
        {
            if (restoreFrom is not null)
            {
                BackupRestore.Restore(dataFolder, restoreFrom);
            }

            Database = Open();
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    public string DataFolder { get; }

    public string DataFilePath => Path.Combine(DataFolder, FileName);

    public string LogFilePath => Path.Combine(DataFolder, LogFileName);

    private string CommitFilePath => Path.Combine(DataFolder, CommitFile.FileName);

    /// <summary>Used only by <see cref="DatabaseWriter"/> (writes) and <see cref="WorkshopStore"/> (reading once at start-up).</summary>
    internal LiteDatabase Database { get; private set; }

    /// <summary>The number of the last commit made durable (the writer numbers the next one from it).</summary>
    internal long CommittedSequence { get; private set; }

    /// <summary>
    /// Puts what the log holds on the disk, then records the commit's number beside it (<see cref="CommitFile"/>):
    /// after this a commit survives a power cut, not only a killed process, and a start-up that finds less refuses to start.
    /// </summary>
    internal void MakeDurable(long sequence)
    {
        _log?.Flush();
        _commits?.Record(sequence, flush: false);
        CommittedSequence = sequence;
    }

    /// <summary>
    /// Closes the database and opens it again from the files: after a failed write LiteDB may have closed itself,
    /// and what it held in memory of that write must go. Used only by <see cref="DatabaseWriter"/>, on its thread.
    /// </summary>
    internal void Reopen()
    {
        try
        {
            BrokenTransactions.Forget(Database);
            // Its closing checkpoint may fail on a full disk; the log keeps everything committed.
            Database.Dispose();
        }
        catch (Exception e) when (e is IOException or LiteException)
        {
        }

        CloseFiles();
        Database = Open();
    }

    /// <summary>
    /// Rewrites the data file with only the documents it holds now, so that nothing deleted stays readable in its
    /// free pages or its log (LiteDB's own rebuild needs a file name, and leaves a -backup copy behind). On the
    /// writer's thread, outside a transaction.
    /// </summary>
    internal void Compact()
    {
        Database.Checkpoint();
        var fresh = Path.Combine(DataFolder, "beleidsdag.compact.db");
        File.Delete(fresh);
        using (var data = DurableFile.Open(fresh))
        using (var log = new MemoryStream())
        using (var target = new LiteDatabase(new LiteEngine(new EngineSettings { DataStream = data, LogStream = log, Collation = Collation })))
        {
            foreach (var name in Database.GetCollectionNames())
            {
                target.GetCollection(name).InsertBulk(Database.GetCollection(name).FindAll());
            }
        }

        Database.Dispose();
        CloseFiles();
        File.Move(fresh, DataFilePath, overwrite: true);
        File.WriteAllBytes(LogFilePath, []);
        Database = Open();
    }

    /// <summary>
    /// Copies the data file to <paramref name="path"/> and puts the copy on the disk. Consistent only right after a
    /// checkpoint with no transaction open: the writer calls it on its own thread.
    /// </summary>
    internal void CopyTo(string path)
    {
        File.Copy(DataFilePath, path, overwrite: true);
        using var copy = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        copy.Flush(flushToDisk: true);
    }

    private LiteDatabase Open()
    {
        var expected = ReadExpectedCommit();
        var dataLength = File.Exists(DataFilePath) ? new FileInfo(DataFilePath).Length : 0;
        if (expected > 0 && dataLength == 0)
        {
            throw DatabaseDamagedException.Because(DataFolder, DataFilePath,
                $"het databasebestand ontbreekt of is leeg, terwijl er al {expected} schrijfbeurten bevestigd waren.");
        }

        // Looked at before LiteDB opens the log: it cuts a partial last page off.
        var logMissing = !File.Exists(LogFilePath);
        var logCut = !logMissing && new FileInfo(LogFilePath).Length % PageSize != 0;
        LiteDatabase database;
        long stored;
        try
        {
            _data = _openFile(DataFilePath);
            _log = _openFile(LogFilePath);
            var engine = new LiteEngine(new EngineSettings
            {
                DataStream = _data,
                LogStream = _log,
                Collation = Collation,
            });
            database = new LiteDatabase(engine, DocumentMapping.CreateMapper());
            stored = DocumentMapping.StoredCommit(database);
        }
        catch (Exception e) when (e is not DatabaseDamagedException)
        {
            CloseFiles();
            throw DatabaseDamagedException.Because(DataFolder, DataFilePath, "het databasebestand is beschadigd en kan niet gelezen worden.", e);
        }

        if (stored < expected)
        {
            database.Dispose();
            CloseFiles();
            // A log cut on a page boundary looks whole: then it is that, or an older copy of the data file put back.
            var what = logMissing ? "het logbestand ontbreekt" : logCut ? "het logbestand is ingekort" : "het logbestand is ingekort (of er werd een oudere kopie van de database teruggezet)";
            throw DatabaseDamagedException.Because(DataFolder, LogFilePath, $"{what}: de database bevat {stored} van de {expected} bevestigde schrijfbeurten.");
        }

        _commits = new CommitFile(CommitFilePath);
        if (expected != stored)
        {
            // A data folder from before the commit file, or one whose last commit was on disk before its number was.
            _commits.Record(stored);
        }

        CommittedSequence = stored;
        return database;
    }

    private long ReadExpectedCommit()
    {
        try
        {
            return CommitFile.Read(CommitFilePath) ?? 0;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw DatabaseDamagedException.Because(DataFolder, CommitFilePath, "het bestand met het nummer van de laatste bevestigde schrijfbeurt is beschadigd.", e);
        }
    }

    private void CloseFiles()
    {
        _commits?.Dispose();
        _data?.Dispose();
        _log?.Dispose();
        _data = _log = null;
        _commits = null;
    }

    public void Dispose()
    {
        Database.Dispose();
        CloseFiles();
        _lock.Dispose();
    }
}
