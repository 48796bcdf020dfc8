using OpenApiStatusLint.LanguageServer.Protocol;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// Applies <c>didChange</c> events. The server asks for full text, but a change with a range (a client
/// that sends increments anyway) is applied too; positions count UTF-16 units, as .NET strings do.
/// </summary>
public static class TextChanges
{
    /// <summary>The text after <paramref name="change"/>.</summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is not { } range)
        {
            return change.Text;
        }

        var start = OffsetOf(text, range.Start);
        var end = Math.Max(start, OffsetOf(text, range.End));
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }

    private static int OffsetOf(string text, LspPosition position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        var lineEnd = text.IndexOf('\n', offset);
        var length = (lineEnd < 0 ? text.Length : lineEnd) - offset;
        return offset + Math.Clamp(position.Character, 0, length);
    }
}
