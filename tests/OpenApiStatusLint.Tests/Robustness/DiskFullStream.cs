namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// A temporary file on a disk that fills up: the first bytes are written, then writing fails as
/// it does when the disk is full. It wraps a FileStream rather than deriving from one, because
/// FileStream's span and array writes call each other in a derived class.
/// </summary>
public sealed class DiskFullStream(string path) : Stream
{
    private readonly FileStream inner = new(path, FileMode.CreateNew, FileAccess.Write);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer[..Math.Min(buffer.Length, 10)]);
        inner.Flush();
        throw new IOException("No space left on device : '" + inner.Name + "'");
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
