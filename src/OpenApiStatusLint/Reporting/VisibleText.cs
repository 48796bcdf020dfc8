using System.Buffers;
using System.Globalization;
using System.Text;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Text from a spec (path keys, descriptions, file names) made safe to print: control characters,
/// line and paragraph separators and bidirectional overrides are shown as escapes (<c>\x1b</c>,
/// <c>\n</c>, <c>\u202e</c>), so no spec can move the cursor, recolour or clear a terminal, hide
/// text, or start a new line that a CI runner would read as one of its commands.
/// </summary>
public static class VisibleText
{
    private static readonly SearchValues<char> Hidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary><paramref name="text"/> with every hidden character escaped; the same string when it has none.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Hidden);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var character in text.AsSpan(first))
        {
            if (!Hidden.Contains(character))
            {
                result.Append(character);
                continue;
            }

            result.Append(character switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => @"\x" + ((int)character).ToString("x2", CultureInfo.InvariantCulture),
                _ => @"\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return result.ToString();
    }

    /// <summary>
    /// A display path that begins a line: as <see cref="Of"/>, and a path that starts like a CI
    /// runner's command (<c>::</c> for GitHub Actions, <c>##</c> for Azure Pipelines) is written
    /// <c>./::…</c>, the same file.
    /// </summary>
    public static string OfPath(string path)
    {
        var visible = Of(path);
        return visible.StartsWith("::", StringComparison.Ordinal) || visible.StartsWith("##", StringComparison.Ordinal) ? "./" + visible : visible;
    }
}
