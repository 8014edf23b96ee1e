namespace Beleidsdag.Web.Tests.Persistence;

/// <summary>A disk the tests can fill: while <see cref="Full"/>, a write that needs new room fails.</summary>
internal sealed class TestDisk
{
    public volatile bool Full;
}

/// <summary>
/// A database file as the tests see it: counts what was written since the last flush to the disk, and fails
/// writes past its end with "No space left on device" while its disk is full (overwriting in place still works).
/// </summary>
internal sealed class WatchedFile(Stream inner, TestDisk? disk = null) : Stream
{
    private int _unflushedWrites;
    private int _flushes;

    public int UnflushedWrites => Volatile.Read(ref _unflushedWrites);

    public int Flushes => Volatile.Read(ref _flushes);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush()
    {
        inner.Flush();
        Interlocked.Exchange(ref _unflushedWrites, 0);
        Interlocked.Increment(ref _flushes);
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (disk is { Full: true } && inner.Position + count > inner.Length)
        {
            throw new IOException("No space left on device");
        }

        inner.Write(buffer, offset, count);
        Interlocked.Increment(ref _unflushedWrites);
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
