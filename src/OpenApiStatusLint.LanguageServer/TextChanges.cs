using OpenApiStatusLint.LanguageServer.Protocol;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// Applies <c>didChange</c> events: the server asks for incremental sync, so each event replaces a
/// range (an event without one is the whole new text). Positions count UTF-16 units, as .NET strings
/// do; a character past the end of its line means the line's end, and a line past the last means the
/// end of the text, as the protocol says.
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
        lineEnd = lineEnd < 0 ? text.Length : lineEnd > offset && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        return offset + Math.Clamp(position.Character, 0, lineEnd - offset);
    }
}
