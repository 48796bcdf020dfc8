using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Proves that a JSON file, well-formed as read, stays well-formed with no repeated key once the
/// insertions are applied, reading only the insertions and the text around them rather than the
/// whole fixed text (GitHub's spec is 13 MB, and the original was read and checked by lint already).
/// Each insertion must sit between two members of its map (or inside an empty map), never inside a
/// key or a value; then JSON's grammar makes the result well-formed exactly when the inserted text
/// reads as members between the tokens on either side, which is parsed on its own. Its keys are
/// compared with its map's keys and with the other insertions into that map. When anything cannot
/// be shown this way the answer is false, and the caller reads the whole fixed text as before.
/// </summary>
internal static class JsonInsertionCheck
{
    // Stand for the members on either side of an insertion; a real key of the same name makes the
    // parse report a duplicate, and the whole text is then read as before.
    private const string BeforeKey = "\u0000statuslint-before";
    private const string AfterKey = "\u0000statuslint-after";
    private const string Before = "{\"\\u0000statuslint-before\":0";
    private const string After = "\"\\u0000statuslint-after\":0}";

    // What is inserted nests a few levels (a response, its content, a schema and its properties):
    // an insertion this close to the parser's depth limit is left to the whole-text check.
    private const int DepthMargin = 50;

    /// <summary>True when the text with <paramref name="insertions"/> applied is certainly well-formed JSON with no repeated key.</summary>
    public static bool Holds(SourceFile file, IReadOnlyList<TextInsertion> insertions)
    {
        if (file.Format != DocumentFormat.Json)
        {
            return false;
        }

        var addedKeys = new Dictionary<SourceObject, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var group in insertions.GroupBy(insertion => insertion.Offset))
        {
            var ordered = TextInsertion.InWriteOrder(group).ToList();
            var map = ordered[0].Map;
            if (ordered.Any(insertion => !ReferenceEquals(insertion.Map, map) || insertion.Depth + DepthMargin > JsonSourceParser.MaxDepth)
                || !BetweenMembers(file, map, group.Key)
                || Members(file, group.Key, string.Concat(ordered.Select(insertion => insertion.Text))) is not { } members)
            {
                return false;
            }

            if (!addedKeys.TryGetValue(map, out var added))
            {
                added = addedKeys[map] = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var key in members)
            {
                if (key is not (BeforeKey or AfterKey) && (map.ContainsKey(key) || !added.Add(key)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="offset"/> is inside <paramref name="map"/>'s braces and inside none
    /// of its members (a member's key start and its value's end are between members).
    /// </summary>
    private static bool BetweenMembers(SourceFile file, SourceObject map, int offset)
    {
        if (map.File != file.Path)
        {
            return false;
        }

        var open = file.Offset(map.Span.Line, map.Span.Column);
        var close = file.Offset(map.Span.EndLine, map.Span.EndColumn) - 1;
        if (open < 0 || close >= file.Length || close <= open || file.At(open) != '{' || file.At(close) != '}' || offset <= open || offset > close)
        {
            return false;
        }

        foreach (var member in map)
        {
            var entry = SourceMap.EntryOf(member, map.File);
            if (entry.File != file.Path)
            {
                return false;
            }

            var keyStart = file.Offset(entry.Key.Line, entry.Key.Column);
            var valueEnd = file.Offset(entry.Value.EndLine, entry.Value.EndColumn);
            if (offset > keyStart && offset < valueEnd)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The keys of the members that <paramref name="text"/>, inserted at <paramref name="offset"/>,
    /// adds, read between stand-ins for the tokens on either side; null when that does not read as members.
    /// </summary>
    private static List<string>? Members(SourceFile file, int offset, string text)
    {
        var previous = offset - 1;
        while (previous >= 0 && IsWhiteSpace(file.At(previous)))
        {
            previous--;
        }

        var next = offset;
        while (next < file.Length && IsWhiteSpace(file.At(next)))
        {
            next++;
        }

        if (previous < 0 || next >= file.Length || text.Contains('\0'))
        {
            return null;
        }

        // Before: the map's opening brace, a comma after a member, or the end of a member's value.
        var prefix = file.At(previous) switch
        {
            '{' => "{",
            ',' => Before + ",",
            '}' or ']' or '"' or 'e' or 'l' or (>= '0' and <= '9') => Before,
            _ => null,
        };

        // After: the map's closing brace, a comma before a member, or the next member's key.
        var suffix = file.At(next) switch
        {
            '}' => "}",
            ',' => "," + After,
            '"' => After,
            _ => null,
        };
        if (prefix is null || suffix is null)
        {
            return null;
        }

        return Keys(Encoding.UTF8.GetBytes(prefix + text + suffix));
    }

    /// <summary>
    /// The keys of the object that <paramref name="json"/> is, when it is strict JSON with no key
    /// repeated in any of its objects; else null. Stricter than the loader (no comments, no trailing
    /// commas), so what passes here reads there too; no tree is built, since only the keys are asked.
    /// </summary>
    private static List<string>? Keys(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = JsonSourceParser.MaxDepth });
        var keys = new List<string>();
        // The keys of each object being read; null for an array.
        var open = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray when open.Count > 0:
                        open.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var key = reader.GetString()!;
                        if (!open.Peek()!.Add(key))
                        {
                            return null;
                        }

                        if (open.Count == 1)
                        {
                            keys.Add(key);
                        }

                        break;
                    case var _ when open.Count == 0:
                        // The text is not an object.
                        return null;
                }
            }

            return keys;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not well-formed, or a string that does not decode: not proven here.
            return null;
        }
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
