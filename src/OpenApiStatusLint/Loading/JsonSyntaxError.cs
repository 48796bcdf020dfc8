using System.Text.Json;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// What is wrong where <see cref="Utf8JsonReader"/> stopped, said from what the parser knows: the
/// last token read, the kind of container it is in, and the bytes from there to where the reader
/// stopped (the exception's text is never read: it is worded for .NET developers and changes
/// between runtimes).
/// </summary>
internal static class JsonSyntaxError
{
    /// <param name="text">The whole JSON text.</param>
    /// <param name="afterLastToken">The byte offset just past the last token read (0 when none was).</param>
    /// <param name="errorOffset">The byte offset where the reader stopped.</param>
    /// <param name="lastToken">The last token read.</param>
    /// <param name="inArray">True inside an array, false inside an object, null at the top level.</param>
    /// <param name="depth">How many objects and arrays are open.</param>
    public static string Describe(ReadOnlySpan<byte> text, long afterLastToken, long errorOffset, JsonTokenType lastToken, bool? inArray, int depth)
    {
        var (next, afterComma) = NextTokenStart(text, (int)Math.Clamp(afterLastToken, 0, text.Length));
        var stop = (int)Math.Clamp(errorOffset, 0, text.Length);
        if (next < stop && next < text.Length)
        {
            // The reader began the next token and stopped inside it.
            return text[next] switch
            {
                (byte)'"' when StringEnd(text, next) is var end && end > 0 && end <= stop => $"expected ':' after the key, found {Found(text, stop)}",
                (byte)'"' when stop >= text.Length => "a string is not closed (its closing '\"' is missing)",
                (byte)'"' => "a string holds a line break or other control character, a malformed escape or bytes that are not UTF-8 (write \\n, \\\" or \\u00e9)",
                (byte)'-' or (>= (byte)'0' and <= (byte)'9') => "a malformed number (JSON writes 0.5, -2 or 1e3; no leading zeros, no trailing '.')",
                (byte)'t' or (byte)'f' or (byte)'n' => "expected true, false or null",
                (byte)'/' => "a malformed comment",
                _ => "unexpected " + Found(text, next),
            };
        }

        if (depth >= JsonSourceParser.MaxDepth && next < text.Length && text[next] is (byte)'{' or (byte)'[')
        {
            return $"nested deeper than {JsonSourceParser.MaxDepth} objects and arrays";
        }

        if (next >= text.Length && depth > 0)
        {
            return "the text ends before every '{' and '[' is closed";
        }

        var expectsValue = lastToken is JsonTokenType.None or JsonTokenType.PropertyName or JsonTokenType.StartArray || (afterComma && inArray == true);
        if (expectsValue && next < text.Length && text[next] is (byte)'t' or (byte)'f' or (byte)'n')
        {
            return "expected true, false or null";
        }

        var expected = lastToken switch
        {
            JsonTokenType.None => "a value ('{', '[', a string, a number, true, false or null)",
            JsonTokenType.StartObject => "a key in double quotes or '}'",
            JsonTokenType.PropertyName => "a value after the key's ':'",
            JsonTokenType.StartArray => "a value or ']'",
            _ when inArray is null => "the end of the text after the value",
            _ when afterComma => inArray == true ? "a value after ','" : "a key in double quotes after ','",
            _ => inArray == true ? "',' or ']' after the value" : "',' or '}' after the member",
        };
        return $"expected {expected}, found {Found(text, Math.Min(next, stop))}";
    }

    private static string Found(ReadOnlySpan<byte> text, int offset) => offset >= text.Length
        ? "the end of the text"
        : text[offset] is >= 0x20 and < 0x7F ? $"'{(char)text[offset]}'" : $"byte 0x{text[offset]:X2}";

    /// <summary>The offset just past the closing quote of the string that starts at <paramref name="start"/>, or -1 when it is not closed.</summary>
    private static int StringEnd(ReadOnlySpan<byte> text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Where the token after <paramref name="from"/> starts: past blanks, comments and one separator (whether that was a ',').</summary>
    private static (int Offset, bool AfterComma) NextTokenStart(ReadOnlySpan<byte> text, int from)
    {
        var i = from;
        var afterComma = false;
        while (i < text.Length)
        {
            switch (text[i])
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    i++;
                    break;
                case (byte)',' when !afterComma:
                    afterComma = true;
                    i++;
                    break;
                case (byte)':':
                    i++;
                    break;
                case (byte)'/' when i + 1 < text.Length && text[i + 1] == '/':
                    var lineEnd = text[i..].IndexOf((byte)'\n');
                    i = lineEnd < 0 ? text.Length : i + lineEnd + 1;
                    break;
                case (byte)'/' when i + 1 < text.Length && text[i + 1] == '*':
                    var commentEnd = text[(i + 2)..].IndexOf("*/"u8);
                    if (commentEnd < 0)
                    {
                        return (i, afterComma);
                    }

                    i += commentEnd + 4;
                    break;
                default:
                    return (i, afterComma);
            }
        }

        return (i, afterComma);
    }
}
