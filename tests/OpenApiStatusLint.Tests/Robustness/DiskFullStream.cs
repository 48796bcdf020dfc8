namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// A real temporary file whose writes fail like a full disk (ENOSPC), so a test can check that
/// a failed write leaves the original alone and removes what it created.
/// </summary>
public sealed class DiskFullStream(string path) : FileStream(path, FileMode.CreateNew, FileAccess.Write)
{
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        base.Write(buffer[..Math.Min(buffer.Length, 10)]);
        base.Flush();
        throw new IOException("No space left on device : '" + Name + "'");
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
}
