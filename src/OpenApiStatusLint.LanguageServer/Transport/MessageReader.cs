using System.Text;

namespace OpenApiStatusLint.LanguageServer.Transport;

/// <summary>
/// Reads the LSP base protocol: header lines ending in CRLF, a blank line, then exactly
/// <c>Content-Length</c> bytes of JSON. Other headers (<c>Content-Type</c>) are read and ignored.
/// </summary>
public sealed class MessageReader(Stream input)
{
    // No client sends headers this long; a longer line means the stream is not the base protocol.
    private const int MaxHeaderBytes = 8 * 1024;

    // Larger than any document the loader accepts (100 MB) plus its JSON escaping.
    private const int MaxContentBytes = 512 * 1024 * 1024;

    private readonly Stream input = new BufferedStream(input, 64 * 1024);

    /// <summary>The next message, or null at the end of the stream.</summary>
    public Frame? Read()
    {
        int? length = null;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.TryParse(line[(colon + 1)..].Trim(), out var value) && value is >= 0 and <= MaxContentBytes ? value : -1;
            }
        }

        if (length is null or < 0)
        {
            return new Frame(null, length is null ? "a message header without Content-Length" : "a Content-Length that is not a number of bytes");
        }

        var body = new byte[length.Value];
        var read = 0;
        while (read < body.Length)
        {
            var count = input.Read(body, read, body.Length - read);
            if (count == 0)
            {
                return null;
            }

            read += count;
        }

        return new Frame(body, null);
    }

    private string? ReadHeaderLine()
    {
        var bytes = new List<byte>(64);
        while (true)
        {
            var next = input.ReadByte();
            if (next < 0)
            {
                return null;
            }

            if (next == '\n')
            {
                var end = bytes.Count > 0 && bytes[^1] == '\r' ? bytes.Count - 1 : bytes.Count;
                return Encoding.ASCII.GetString([.. bytes[..end]]);
            }

            if (bytes.Count < MaxHeaderBytes)
            {
                bytes.Add((byte)next);
            }
        }
    }
}
