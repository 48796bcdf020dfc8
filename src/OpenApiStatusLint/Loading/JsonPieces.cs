using System.Buffers;
using System.Text.Json;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads a large JSON document on every core: its biggest objects (<c>paths</c>, <c>components</c>,
/// <c>schemas</c>, ...) are cut into their members' values, each value is read on its own by
/// <see cref="JsonSourceParser"/>, and the objects are put together again with the same keys,
/// spans and order as one pass would give. A single 13 MB spec otherwise waits for one core while
/// the other has nothing to do.
/// </summary>
/// <remarks>
/// The cut is found by a scan for quotes and brackets, which proves nothing about the text. So
/// whenever something is not plainly well-formed (a comment, a trailing comma, a repeated key, an
/// error in any piece), the result is null and the caller reads the text in one pass, which finds
/// and describes the problem exactly as before.
/// </remarks>
internal static class JsonPieces
{
    // Below this, one pass is over before the work could be shared.
    private const int MinimumDocumentBytes = 1 << 20;

    // An object larger than this is cut into its members; smaller ones are one piece.
    private const int DefaultSplitObjectBytes = 64 * 1024;

    // The root and two levels below it are cut (the root, components, components/schemas); deeper objects are pieces.
    private const int MaxSplitDepth = 2;

    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]/"u8);
    private static readonly SearchValues<byte> QuoteOrEscape = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(",}] \t\r\n/"u8);

    /// <summary>The document read in pieces, or null when it is small, on one core, or not plainly well-formed.</summary>
    public static ParsedSource? TryParse(string file, ReadOnlyMemory<byte> text) =>
        text.Length < MinimumDocumentBytes || Environment.ProcessorCount < 2 ? null : TryParse(file, text, DefaultSplitObjectBytes);

    /// <summary>The document read in pieces, objects over <paramref name="splitObjectBytes"/> cut (tests cut small documents).</summary>
    internal static ParsedSource? TryParse(string file, ReadOnlyMemory<byte> text, int splitObjectBytes)
    {
        var span = text.Span;
        var start = SkipWhitespace(span, 0);
        if (start >= span.Length || span[start] != (byte)'{')
        {
            return null;
        }

        var pieces = new List<Piece>();
        var root = PlanObject(span, start, 0, splitObjectBytes, pieces);
        if (root is null || SkipWhitespace(span, root.End) != span.Length)
        {
            return null;
        }

        var values = ReadPieces(file, text, pieces);
        if (values is null)
        {
            return null;
        }

        var cursor = new Utf8PositionCursor(text);
        var hasExternalReferences = values.Any(value => value.HasExternalReferences);
        var node = Assemble(file, span, root, cursor, values, ref hasExternalReferences);
        return node is null ? null : new ParsedSource(file, DocumentFormat.Json, node) { HasExternalReferences = hasExternalReferences };
    }

    /// <summary>The members of the object that starts at <paramref name="open"/>, its big objects planned in turn; null when the text is not plain.</summary>
    private static ObjectPlan? PlanObject(ReadOnlySpan<byte> span, int open, int depth, int splitObjectBytes, List<Piece> pieces)
    {
        var members = new List<MemberPlan>();
        var at = SkipWhitespace(span, open + 1);
        if (at < span.Length && span[at] == (byte)'}')
        {
            return new ObjectPlan(open, at + 1, members);
        }

        while (true)
        {
            if (at >= span.Length || span[at] != (byte)'"')
            {
                return null;
            }

            var keyStart = at;
            var keyEnd = EndOfString(span, at);
            at = keyEnd < 0 ? -1 : SkipWhitespace(span, keyEnd);
            if (at < 0 || at >= span.Length || span[at] != (byte)':')
            {
                return null;
            }

            var valueStart = SkipWhitespace(span, at + 1);
            var valueEnd = EndOfValue(span, valueStart);
            if (valueEnd < 0)
            {
                return null;
            }

            ObjectPlan? inner = null;
            if (depth < MaxSplitDepth && span[valueStart] == (byte)'{' && valueEnd - valueStart > splitObjectBytes)
            {
                inner = PlanObject(span, valueStart, depth + 1, splitObjectBytes, pieces);
                if (inner is null || inner.End != valueEnd)
                {
                    return null;
                }
            }
            else
            {
                pieces.Add(new Piece(valueStart, valueEnd, depth + 1));
            }

            members.Add(new MemberPlan(keyStart, keyEnd, inner, inner is null ? pieces.Count - 1 : -1));
            at = SkipWhitespace(span, valueEnd);
            if (at < span.Length && span[at] == (byte)',')
            {
                at = SkipWhitespace(span, at + 1);
                continue;
            }

            return at < span.Length && span[at] == (byte)'}' ? new ObjectPlan(open, at + 1, members) : null;
        }
    }

    /// <summary>Every piece read, each on its own, as many at once as there are cores; null when any fails.</summary>
    private static PieceValue[]? ReadPieces(string file, ReadOnlyMemory<byte> text, List<Piece> pieces)
    {
        // Each piece's cursor starts on its own line: the lines before the pieces are counted once, in order.
        var (line, lineStart, counted) = (1, 0, 0);
        var starts = new (int Line, int LineStart)[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            var before = text.Span[counted..pieces[i].Start];
            var newlines = before.Count((byte)'\n');
            if (newlines > 0)
            {
                line += newlines;
                lineStart = counted + before.LastIndexOf((byte)'\n') + 1;
            }

            counted = pieces[i].Start;
            starts[i] = (line, lineStart);
        }

        var values = new PieceValue[pieces.Count];
        var failed = 0;
        // The largest first, so that no core is left with a big piece at the end.
        var order = Enumerable.Range(0, pieces.Count).OrderByDescending(i => pieces[i].End - pieces[i].Start).ToArray();
        Parallel.For(
            0,
            order.Length,
            () => new Utf8StringCache(),
            (position, loop, strings) =>
            {
                var index = order[position];
                var piece = pieces[index];
                try
                {
                    var cursor = new Utf8PositionCursor(text, starts[index].Line, starts[index].LineStart);
                    var (node, hasExternalReferences) = JsonSourceParser.ParseValue(file, text, piece.Start, piece.End, piece.Depth, cursor, strings);
                    values[index] = new PieceValue(node!, hasExternalReferences);
                }
                catch (Exception)
                {
                    // Whatever went wrong, one pass over the whole text reads it again and says what it is.
                    Interlocked.Exchange(ref failed, 1);
                    loop.Stop();
                }

                return strings;
            },
            _ => { });
        return failed == 0 ? values : null;
    }

    /// <summary>The object as one pass would have read it; null on a repeated key (one pass reports it).</summary>
    private static SourceObject? Assemble(string file, ReadOnlySpan<byte> span, ObjectPlan plan, Utf8PositionCursor cursor, PieceValue[] values, ref bool hasExternalReferences)
    {
        var (line, column) = cursor.Locate(plan.Start);
        var members = new SourceMember[plan.Members.Count];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Length; i++)
        {
            var member = plan.Members[i];
            var keySpan = cursor.Span(member.KeyStart, member.KeyEnd);
            var key = KeyText(span[member.KeyStart..member.KeyEnd]);
            if (key is null || !keys.Add(key))
            {
                return null;
            }

            SourceNode? value;
            if (member.Inner is { } inner)
            {
                value = Assemble(file, span, inner, cursor, values, ref hasExternalReferences);
            }
            else
            {
                value = values[member.Piece].Node;
                // A piece that is a $ref's own value has no key of its own to be recognised by.
                hasExternalReferences |= key == "$ref" && value is SourceScalar { Kind: ScalarKind.String } target && !target.Text.StartsWith('#');
            }

            if (value is null)
            {
                return null;
            }

            members[i] = new SourceMember(key, keySpan, value);
        }

        var (endLine, endColumn) = cursor.Locate(plan.End);
        return new SourceObject(file, new SourceSpan(line, column, endLine, endColumn), members);
    }

    /// <summary>A key's text, escapes undone; null when the key is not a valid JSON string.</summary>
    private static string? KeyText(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> span, int at)
    {
        while (at < span.Length && span[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        return at;
    }

    /// <summary>Just past the string that opens at <paramref name="quote"/>; -1 when it does not close.</summary>
    private static int EndOfString(ReadOnlySpan<byte> span, int quote)
    {
        var at = quote + 1;
        while (at < span.Length)
        {
            var next = span[at..].IndexOfAny(QuoteOrEscape);
            if (next < 0)
            {
                return -1;
            }

            at += next;
            if (span[at] == (byte)'"')
            {
                return at + 1;
            }

            at += 2;
        }

        return -1;
    }

    /// <summary>Just past the value that starts at <paramref name="start"/>; -1 when the scan cannot tell (a comment, an unclosed bracket).</summary>
    private static int EndOfValue(ReadOnlySpan<byte> span, int start)
    {
        if (start >= span.Length)
        {
            return -1;
        }

        switch (span[start])
        {
            case (byte)'"':
                return EndOfString(span, start);
            case (byte)'{' or (byte)'[':
                var depth = 0;
                var at = start;
                while (at < span.Length)
                {
                    var next = span[at..].IndexOfAny(Structural);
                    if (next < 0)
                    {
                        return -1;
                    }

                    at += next;
                    switch (span[at])
                    {
                        case (byte)'"':
                            at = EndOfString(span, at);
                            if (at < 0)
                            {
                                return -1;
                            }

                            continue;
                        case (byte)'/':
                            return -1;
                        case (byte)'{' or (byte)'[':
                            depth++;
                            break;
                        default:
                            if (--depth == 0)
                            {
                                return at + 1;
                            }

                            break;
                    }

                    at++;
                }

                return -1;
            default:
                var end = span[start..].IndexOfAny(ScalarEnd);
                return end <= 0 ? -1 : start + end;
        }
    }

    /// <summary>A value read on its own: <c>text[Start..End]</c>, <see cref="Depth"/> levels into the document.</summary>
    private readonly record struct Piece(int Start, int End, int Depth);

    private readonly record struct PieceValue(SourceNode Node, bool HasExternalReferences);

    /// <summary>A key and either the object planned under it or the index of the piece that is its value.</summary>
    private sealed record MemberPlan(int KeyStart, int KeyEnd, ObjectPlan? Inner, int Piece);

    /// <summary>An object cut into its members: <c>{</c> at <see cref="Start"/>, just past <c>}</c> at <see cref="End"/>.</summary>
    private sealed record ObjectPlan(int Start, int End, List<MemberPlan> Members);
}
