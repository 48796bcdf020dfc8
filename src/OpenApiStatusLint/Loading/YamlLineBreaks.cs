namespace OpenApiStatusLint.Loading;

/// <summary>
/// Turns YamlDotNet's line and column into the ones an editor shows. YamlDotNet breaks lines as
/// YAML 1.1 did, also at NEL, LS and PS (U+0085, U+2028, U+2029) and at a lone <c>\r</c>;
/// editors, SARIF viewers and the fix engine break them at <c>\n</c> (or <c>\r\n</c>) only, so
/// every position after such a character would be off by a line (the APIs.guru corpus has
/// descriptions with LS in them).
/// </summary>
internal sealed class YamlLineBreaks
{
    private readonly int length;
    private readonly List<int> yamlLineStarts = [0];
    private readonly List<int> lineStarts = [0];

    private YamlLineBreaks(string text)
    {
        length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n':
                    yamlLineStarts.Add(i + 1);
                    lineStarts.Add(i + 1);
                    break;
                case '\r' when i + 1 >= text.Length || text[i + 1] != '\n':
                case '\u0085' or '\u2028' or '\u2029':
                    yamlLineStarts.Add(i + 1);
                    break;
            }
        }
    }

    /// <summary>Null when the text has none of the extra breaks, so that YamlDotNet's positions are already right.</summary>
    public static YamlLineBreaks? For(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny('\u0085', '\u2028', '\u2029') < 0 && !HasLoneCarriageReturn(span))
        {
            return null;
        }

        return new YamlLineBreaks(text);
    }

    /// <summary>The 1-based line and UTF-16 column, counting lines by <c>\n</c>, of YamlDotNet's 1-based line and column.</summary>
    public (int Line, int Column) Translate(long yamlLine, long yamlColumn)
    {
        var lineStart = yamlLineStarts[(int)Math.Clamp(yamlLine - 1, 0, yamlLineStarts.Count - 1)];
        var offset = (int)Math.Clamp(lineStart + yamlColumn - 1, 0, length);
        var found = lineStarts.BinarySearch(offset);
        var line = found >= 0 ? found : ~found - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }

    private static bool HasLoneCarriageReturn(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('\r'); i >= 0;)
        {
            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                return true;
            }

            var next = text[(i + 1)..].IndexOf('\r');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }
}
