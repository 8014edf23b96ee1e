namespace Beleidsdag.Web.Persistence;

/// <summary>
/// One of LiteDB's two files, opened by us so that what it holds can be forced onto the disk. LiteDB 5.0.21
/// never flushes its log, and on a stream of ours its checkpoint calls only <see cref="Flush()"/>: so Flush
/// goes to the disk (fsync), not just to the operating system. Unbuffered: LiteDB writes whole 8 KB pages,
/// and every byte a commit wrote is in the kernel when the commit returns.
/// </summary>
internal sealed class DurableFile(FileStream file) : Stream
{
    /// <summary>Opens (or creates) the file; with <paramref name="writeThrough"/> every write reaches the disk before it returns (O_DSYNC), for measuring only (docs/performance.md).</summary>
    public static DurableFile Open(string path, bool writeThrough = false) =>
        new(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0,
            writeThrough ? FileOptions.WriteThrough | FileOptions.RandomAccess : FileOptions.RandomAccess));

    public string Path => file.Name;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    /// <summary>To the disk, not only to the operating system.</summary>
    public override void Flush() => file.Flush(flushToDisk: true);

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override void Write(byte[] buffer, int offset, int count) => file.Write(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value) => file.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
