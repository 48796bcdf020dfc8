using System.Text;

namespace OpenApiStatusLint.LanguageServer.Transport;

/// <summary>Writes framed messages; one at a time, each flushed whole, so that messages never interleave.</summary>
public sealed class MessageWriter(Stream output)
{
    private readonly Lock gate = new();

    /// <summary>Writes <paramref name="json"/> with its <c>Content-Length</c> header.</summary>
    public void Write(ReadOnlySpan<byte> json)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n");
        lock (gate)
        {
            output.Write(header);
            output.Write(json);
            output.Flush();
        }
    }
}
