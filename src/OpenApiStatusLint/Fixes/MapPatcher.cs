using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Turns new members of one existing map into text insertions in the file that holds the map,
/// in the map's own style: YAML block (indented like its keys), YAML flow (<c>{a: 1}</c>) or
/// JSON. Status codes go before the first larger code, the way a person would order them;
/// other keys go after the last member.
/// </summary>
internal static partial class MapPatcher
{
    /// <summary>
    /// Why new members cannot be placed in <paramref name="existing"/> (the map at
    /// <paramref name="pointer"/>, written in <paramref name="file"/>), or null when they can.
    /// The answer depends only on the map, not on what is added, so the planner asks it once per
    /// map before planning anything into it, and <see cref="Insert"/> then always succeeds.
    /// </summary>
    public static string? Problem(SourceFile file, SourceObject existing, string pointer)
    {
        // Indentation and "the end of a line" would be counted by the wrong lines: the fixed text
        // could still parse and mean something else (a `components:` nested under `paths:`, found by fuzz/run.sh).
        if (file.Format == DocumentFormat.Yaml && file.HasLoneCarriageReturn)
        {
            return "the file breaks lines with a lone carriage return (CR, as classic Mac OS did), where statuslint cannot place text safely; "
                + "save it with LF or CRLF line ends and run fix again";
        }

        var children = new List<(string Key, SourceEntry Entry)>();
        foreach (var member in existing)
        {
            var entry = SourceMap.EntryOf(member, existing.File);
            if (entry.File != file.Path)
            {
                return $"cannot find where '{member.Key}' of {pointer} is written";
            }

            children.Add((member.Key, entry));
        }

        if (children.Count == 0)
        {
            return OpeningBraceProblem(file, existing, pointer);
        }

        // A member added after the last one of a flow map goes after that value's end.
        return file.Format == DocumentFormat.Yaml && IsFlow(file, children) && ValueEnd(file, children[^1].Entry.Value) is null
            ? "cannot find the end of a flow collection"
            : null;
    }

    /// <summary>The insertions that add <paramref name="addition"/>'s members to <paramref name="existing"/>, which <see cref="Problem"/> has accepted.</summary>
    public static IEnumerable<TextInsertion> Insert(SourceFile file, PlannedAddition addition, SourceObject existing, Func<int> sequence)
    {
        var children = existing.Select(member => (member.Key, Entry: SourceMap.EntryOf(member, existing.File))).ToList();
        var members = addition.Members.Select(member => (member.Key, Value: member.Value!.DeepClone())).ToList();
        var codes = members.All(member => StatusNames.Order(member.Key) < 1001);
        if (codes)
        {
            members = [.. members.OrderBy(member => StatusNames.Order(member.Key))];
        }

        // Each member goes before the first existing code that sorts after it, or at the end.
        var groups = members
            .GroupBy(member => codes ? children.FindIndex(child => StatusNames.Order(child.Key) > StatusNames.Order(member.Key)) : -1)
            .Select(group => (Before: group.Key, Members: ToObject(group)))
            .ToList();
        var style = file.Style;
        var depth = DocumentPointer.Segments(addition.Pointer).Count;
        foreach (var (before, group) in groups)
        {
            var (offset, text) = file.Format == DocumentFormat.Json
                ? Json(file, existing, children, before, group, style)
                : IsFlow(file, children)
                    ? YamlFlow(file, existing, children, before, group, style)
                    : YamlBlock(file, addition.Pointer, existing, children, before, group, style);
            yield return new TextInsertion(offset, text, depth, sequence(), existing);
        }
    }

    private static JsonObject ToObject(IEnumerable<(string Key, JsonNode Value)> members)
    {
        var result = new JsonObject();
        foreach (var (key, value) in members)
        {
            result[key] = value;
        }

        return result;
    }

    private static (int Offset, string Text) YamlBlock(SourceFile file, string pointer, SourceObject existing, List<(string Key, SourceEntry Entry)> children, int before, JsonObject group, TextStyle style)
    {
        var first = children[0].Entry.Key;
        var indent = first.Column - 1;
        if (before >= 0)
        {
            var key = children[before].Entry.Key;
            var line = key.Line - 1;
            if (file.Line(line)[..(key.Column - 1)].Trim().Length == 0)
            {
                // Comments just above the next key usually describe it, so the new key goes above them.
                while (line > 0 && file.Line(line - 1).TrimStart(' ').StartsWith('#') && file.Indentation(line - 1) == indent)
                {
                    line--;
                }

                return (file.LineStart(line), YamlText.BlockMembers(group, indent, style));
            }
        }

        var last = LastLineOfBlock(file, Math.Max(first.Line - 1, LastValueLine(file, existing)), indent);
        var text = YamlText.BlockMembers(group, indent, style);
        var end = file.NextLineStart(last);
        if (end == file.Length && !file.Text.EndsWith((byte)'\n'))
        {
            // The file has no final newline; it keeps having none.
            return (end, style.Newline + text[..^style.Newline.Length]);
        }

        return (end, text);
    }

    /// <summary>
    /// The line (0-based) of the last character of the map's values, or -1. Indentation alone
    /// cannot tell it: the lines of a single-quoted string may be indented less than the map's
    /// keys (parsers accept it, and YamlDotNet writes the closing quote of a string that ends in
    /// a newline at column 1), and such a line must not be taken for the end of the map.
    /// </summary>
    private static int LastValueLine(SourceFile file, SourceObject map)
    {
        var last = -1;
        foreach (var member in map)
        {
            // Every member, not only the last: merge keys (<<) can put members out of text order.
            last = Math.Max(last, LastLineOf(file, member.WrittenValue));
        }

        return last;
    }

    private static int LastLineOf(SourceFile file, SourceNode node)
    {
        if (node.File != file.Path)
        {
            return -1;
        }

        while (true)
        {
            // A map or list ends where the next token starts, past blank lines and comments;
            // so follow its last member down to a scalar, whose end is exact.
            SourceNode? child = node switch
            {
                SourceObject { Count: > 0 } map => map[map.Count - 1].WrittenValue,
                SourceArray { Count: > 0 } list => list[^1],
                _ => null,
            };
            if (child is not null && child.File == file.Path)
            {
                node = child;
                continue;
            }

            // A scalar, or a node whose members are written elsewhere (an alias): its end is
            // exact but for a block scalar's final line breaks, so step back to its last character.
            var start = Math.Min(file.Offset(node.Span.Line, node.Span.Column), file.Length);
            var end = Math.Min(file.Offset(node.Span.EndLine, node.Span.EndColumn), file.Length);
            while (end > start && SourceFile.IsWhiteSpace(file.At(end - 1)))
            {
                end--;
            }

            return file.LineOf(Math.Max(start, end - 1));
        }
    }

    /// <summary>
    /// The last line that belongs to a block map whose keys are indented by <paramref name="indent"/>:
    /// the block ends at the first content line indented less. Blank lines and comments indented
    /// less than the keys do not count, so new keys go above a comment that introduces what follows.
    /// </summary>
    private static int LastLineOfBlock(SourceFile file, int firstLine, int indent)
    {
        var last = firstLine;
        for (var line = firstLine + 1; line < file.LineCount; line++)
        {
            var text = file.Line(line);
            var trimmed = text.TrimStart(' ');
            if (trimmed.Length == 0)
            {
                continue;
            }

            var lineIndent = text.Length - trimmed.Length;
            if (trimmed.StartsWith('#'))
            {
                last = lineIndent >= indent ? line : last;
                continue;
            }

            if (lineIndent < indent || DocumentMarker().IsMatch(text))
            {
                break;
            }

            last = line;
        }

        return last;
    }

    private static bool IsFlow(SourceFile file, List<(string Key, SourceEntry Entry)> children)
    {
        if (children.Count == 0)
        {
            return true;
        }

        var offset = file.Offset(children[0].Entry.Key.Line, children[0].Entry.Key.Column) - 1;
        while (offset >= 0 && SourceFile.IsWhiteSpace(file.At(offset)))
        {
            offset--;
        }

        return offset >= 0 && file.At(offset) is '{' or ',';
    }

    private static (int Offset, string Text) YamlFlow(SourceFile file, SourceObject existing, List<(string Key, SourceEntry Entry)> children, int before, JsonObject group, TextStyle style)
    {
        var text = YamlText.FlowMembers(group, style);
        if (children.Count == 0)
        {
            return (OpeningBrace(file, existing) + 1, text);
        }

        if (before >= 0)
        {
            var key = children[before].Entry.Key;
            return (file.Offset(key.Line, key.Column), text + ", ");
        }

        return (ValueEnd(file, children[^1].Entry.Value) ?? throw new InvalidOperationException("Problem accepts no flow map whose end cannot be found"), ", " + text);
    }

    /// <summary>
    /// Where a YAML value ends. A nested flow collection is measured from its opening bracket,
    /// because the parser's end mark of a flow collection does not always include the closing one.
    /// </summary>
    private static int? ValueEnd(SourceFile file, SourceSpan value)
    {
        var start = file.Offset(value.Line, value.Column);
        if (start >= file.Length || file.At(start) is not ('{' or '['))
        {
            return file.Offset(value.EndLine, value.EndColumn);
        }

        var depth = 0;
        for (var i = start; i < file.Length; i++)
        {
            switch (file.At(i))
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case '\'':
                    // '' inside a single-quoted scalar is an escaped quote: the loop reads it as closing and reopening.
                    i = file.IndexOf('\'', i + 1);
                    break;
                case '"':
                    for (i++; i < file.Length && file.At(i) != '"'; i++)
                    {
                        i += file.At(i) == '\\' ? 1 : 0;
                    }

                    break;
                case '#' when SourceFile.IsWhiteSpace(file.At(i - 1)):
                    i = file.IndexOf('\n', i);
                    break;
            }

            if (i < 0)
            {
                break;
            }
        }

        return null;
    }

    private static (int Offset, string Text) Json(SourceFile file, SourceObject existing, List<(string Key, SourceEntry Entry)> children, int before, JsonObject group, TextStyle style)
    {
        if (children.Count == 0)
        {
            var brace = OpeningBrace(file, existing);
            var outer = file.Indentation(file.LineOf(brace));
            var inner = outer + style.Unit;
            var items = group.Select(member => JsonText.Member(member.Key, member.Value, inner, style));
            var text = style.Compact
                ? string.Join(",", items)
                : style.Newline + new string(' ', inner) + string.Join("," + style.Newline + new string(' ', inner), items) + style.Newline + new string(' ', outer);
            return (brace + 1, text);
        }

        var first = children[0].Entry.Key;
        var indent = first.Column - 1;
        var compact = style.Compact || file.Line(first.Line - 1)[..indent].Trim().Length > 0;
        var memberStyle = style with { Compact = compact };
        var separator = compact ? "," : "," + style.Newline + new string(' ', indent);
        var rendered = group.Select(member => JsonText.Member(member.Key, member.Value, indent, memberStyle)).ToList();
        if (before >= 0)
        {
            var key = children[before].Entry.Key;
            return (file.Offset(key.Line, key.Column), string.Concat(rendered.Select(item => item + separator)));
        }

        var value = children[^1].Entry.Value;
        return (file.Offset(value.EndLine, value.EndColumn), string.Concat(rendered.Select(item => separator + item)));
    }

    private static string? OpeningBraceProblem(SourceFile file, SourceObject existing, string pointer)
    {
        if (existing.File != file.Path)
        {
            return $"cannot find where {pointer} is written";
        }

        return OpeningBrace(file, existing) < 0 ? $"{pointer} is neither a block nor a flow map" : null;
    }

    /// <summary>The offset of the <c>{</c> that opens an empty map, or -1 when its text has none where expected.</summary>
    private static int OpeningBrace(SourceFile file, SourceObject existing)
    {
        var offset = file.Offset(existing.Span.Line, existing.Span.Column);
        var brace = file.IndexOf('{', offset);
        var before = brace < 0 ? string.Empty : file.Slice(offset, brace).Trim();
        if (brace < 0 || before.Length > 0 && !before.StartsWith('&') && !before.StartsWith('!'))
        {
            return -1;
        }

        return brace;
    }

    /// <summary>Indentation unit, quoting habit and line ending of a file, read from its text.</summary>
    /// <summary>Reads how a file indents and quotes from its text (slow on a big file: use <see cref="SourceFile.Style"/>).</summary>
    public static TextStyle Style(SourceFile file)
    {
        var unit = 0;
        var previousIndent = -1;
        for (var line = 0; line < file.LineCount && unit == 0; line++)
        {
            var text = file.Line(line);
            var trimmed = text.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var indent = text.Length - trimmed.Length;
            if (previousIndent >= 0 && indent > previousIndent)
            {
                unit = indent - previousIndent;
            }

            previousIndent = indent;
        }

        var code = FirstCodeKey(file);
        char? codeQuote = code is null ? '\'' : code.Groups[1].Length > 0 ? code.Groups[1].Value[0] : null;
        var compact = file.Format == DocumentFormat.Json && file.LineCount <= 2;
        return new TextStyle(unit > 0 ? unit : 2, file.Newline, codeQuote == '"' ? '"' : '\'', codeQuote, compact);
    }

    [GeneratedRegex(@"^(?:---|\.\.\.)(?:\s|$)")]
    private static partial Regex DocumentMarker();

    /// <summary>The first status-code key written in a block map, which shows how this file quotes them; null when there is none.</summary>
    private static Match? FirstCodeKey(SourceFile file)
    {
        for (var line = 0; line < file.LineCount; line++)
        {
            // Only a line that starts with a blank can hold one: the others are not decoded.
            var start = file.LineStart(line);
            if (start < file.Length && file.At(start) is ' ' or '\t' && CodeKey().Match(file.Line(line)) is { Success: true } match)
            {
                return match;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s+(['""]?)[1-5]\d\d\1\s*:")]
    private static partial Regex CodeKey();
}
