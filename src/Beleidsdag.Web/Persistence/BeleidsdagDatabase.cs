using LiteDB;
using LiteDB.Engine;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// The one LiteDatabase of the process (Direct mode), and the exclusive lock on its data folder.
/// LiteDB 5 is not safe with two processes writing the same file, so a second server must refuse to start.
/// The operating system drops the lock when the process dies, so a crash leaves nothing stale behind.
/// LiteDB runs on streams of ours (<see cref="DurableFile"/>), so that the writer can put each commit on the
/// disk before it is acknowledged (<see cref="FlushLog"/>).
/// </summary>
public sealed class BeleidsdagDatabase : IDisposable
{
    public const string FileName = "beleidsdag.db";
    /// <summary>The name LiteDB gives its log in file mode, so data folders from before keep theirs.</summary>
    public const string LogFileName = "beleidsdag-log.db";
    private const string LockFileName = "beleidsdag.lock";

    private readonly FileStream _lock;
    private readonly Func<string, Stream> _openFile;
    private Stream? _data;
    private Stream? _log;

    public BeleidsdagDatabase(string dataFolder, bool logWriteThrough = false)
        : this(dataFolder, path => DurableFile.Open(path, logWriteThrough && path.EndsWith(LogFileName, StringComparison.Ordinal)))
    {
    }

    /// <summary>Opens the data file and the log with <paramref name="openFile"/>, whose streams' Flush must reach the disk (a test seam for failing disks).</summary>
    internal BeleidsdagDatabase(string dataFolder, Func<string, Stream> openFile)
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

    /// <summary>Used only by <see cref="DatabaseWriter"/> (writes) and <see cref="WorkshopStore"/> (reading once at start-up).</summary>
    internal LiteDatabase Database { get; private set; }

    /// <summary>Puts what the log holds on the disk: after this a commit survives a power cut, not only a killed process.</summary>
    internal void FlushLog() => _log?.Flush();

    private LiteDatabase Open()
    {
        try
        {
            _data = _openFile(DataFilePath);
            _log = _openFile(LogFilePath);
            var engine = new LiteEngine(new EngineSettings
            {
                DataStream = _data,
                LogStream = _log,
                // Only used when the file is created. Ids are case-sensitive, so CompareOptions.None rather than
                // LiteDB's default IgnoreCase. (Ordinal would be no faster: see docs/performance.md.)
                Collation = new Collation("nl-BE/None"),
            });
            return new LiteDatabase(engine, DocumentMapping.CreateMapper());
        }
        catch
        {
            CloseFiles();
            throw;
        }
    }

    private void CloseFiles()
    {
        _data?.Dispose();
        _log?.Dispose();
        _data = _log = null;
    }

    public void Dispose()
    {
        Database.Dispose();
        CloseFiles();
        _lock.Dispose();
    }
}
