using System.Buffers.Binary;
using System.Diagnostics;

namespace Beleidsdag.Web.Persistence;

/// <summary>
/// The number of the last acknowledged commit, in a small file beside the database. A number inside the database
/// would disappear with the log it guards; this one survives a cut or deleted log, so that start-up can see that the
/// database holds less than was acknowledged. 16 bytes written in place (the number and its complement), well
/// inside one disk sector, after the log is on the disk: it never claims more than the database holds.
/// It is written at every commit (a killed process loses nothing the kernel has) but forced to the disk at most
/// once a second: a second fsync per commit doubled the wait before each ack (docs/performance.md).
/// So after a power cut it may lag by up to a second, and only a log cut in that second would go unnoticed.
/// </summary>
internal sealed class CommitFile : IDisposable
{
    public const string FileName = "beleidsdag.commit";
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[16];
    private long _lastFlush;

    public CommitFile(string path) =>
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);

    /// <summary>The recorded number; null when there is no file yet (a new data folder, or one from before this file existed).</summary>
    /// <exception cref="InvalidDataException">The file exists but does not hold a number.</exception>
    public static long? Read(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != 16)
        {
            throw new InvalidDataException($"{bytes.Length} bytes instead of 16");
        }

        var sequence = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8)) == ~sequence && sequence >= 0
            ? sequence
            : throw new InvalidDataException("the number and its check do not match");
    }

    /// <summary>Records the number; on the disk too (fsync) when <paramref name="flush"/> or a second has passed since the last time.</summary>
    public void Record(long sequence, bool flush = true)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer, sequence);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(8), ~sequence);
        RandomAccess.Write(_file.SafeFileHandle, _buffer, 0);
        if (flush || Stopwatch.GetElapsedTime(_lastFlush) >= FlushInterval)
        {
            _file.Flush(flushToDisk: true);
            _lastFlush = Stopwatch.GetTimestamp();
        }
    }

    public void Dispose()
    {
        try
        {
            _file.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // A failing disk: the number was written; what the disk keeps of it, start-up checks.
        }

        _file.Dispose();
    }
}
