using System.Text;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so that a report written
/// as bytes can go to a text output (standard output, a test's StringWriter). A character split
/// between two writes is kept until its last byte arrives.
/// </summary>
public sealed class TextWriterStream(TextWriter output) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    // A fixed size, decoded into piece by piece: a buffer grown to a large write's size would land
    // on the large object heap, whose allocations start full collections.
    private readonly char[] chars = new char[4096];

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            decoder.Convert(buffer, chars, flush: false, out var bytesUsed, out var charsUsed, out _);
            output.Write(chars, 0, charsUsed);
            buffer = buffer[bytesUsed..];
        }
    }

    /// <inheritdoc />
    public override void Flush() => output.Flush();

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
}
