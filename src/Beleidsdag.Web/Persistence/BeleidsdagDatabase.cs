using LiteDB;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// The one LiteDatabase of the process (Direct mode), and the exclusive lock on its data folder.
/// LiteDB 5 is not safe with two processes writing the same file, so a second server must refuse to start.
/// The operating system drops the lock when the process dies, so a crash leaves nothing stale behind.
/// </summary>
public sealed class BeleidsdagDatabase : IDisposable
{
    public const string FileName = "beleidsdag.db";
    private const string LockFileName = "beleidsdag.lock";

    private readonly FileStream _lock;

    public BeleidsdagDatabase(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        DataFolder = dataFolder;
        try
        {
            _lock = new FileStream(Path.Combine(dataFolder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new DataFolderInUseException(dataFolder, e);
        }

        var connection = new ConnectionString
        {
            Filename = Path.Combine(dataFolder, FileName),
            Connection = ConnectionType.Direct,
            // Only used when the file is created. Ids are case-sensitive, so CompareOptions.None rather than
            // LiteDB's default IgnoreCase. (Ordinal would be no faster: see docs/performance.md.)
            Collation = new Collation("nl-BE/None"),
        };
        Database = new LiteDatabase(connection, DocumentMapping.CreateMapper());
    }

    public string DataFolder { get; }

    /// <summary>Used only by <see cref="DatabaseWriter"/> (writes) and <see cref="WorkshopStore"/> (reading once at start-up).</summary>
    internal LiteDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        _lock.Dispose();
    }
}
