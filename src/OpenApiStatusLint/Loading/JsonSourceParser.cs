using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads JSON into a positioned tree in one <see cref="Utf8JsonReader"/> pass: every node gets the
/// span of its value and every member the span of its key as the reader meets them. Duplicate keys
/// are an error at the second key. Comments and trailing commas are tolerated, as most editors do.
/// </summary>
internal static class JsonSourceParser
{
    public const int MaxDepth = 1000;

    // A finished map's key set is emptied and reused for the next map, unless it grew past this:
    // emptying a very large set again for every small map would cost more than it saves.
    private const int ReusedKeySetLimit = 64;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    public static ParsedSource Parse(string file, ReadOnlyMemory<byte> text)
    {
        var cursor = new Utf8PositionCursor(text);
        var reader = new Utf8JsonReader(text.Span, ReaderOptions);
        var scratch = new Scratch();
        var strings = new Utf8StringCache();
        var frames = new Stack<Frame>();
        // A closed object's frame serves the next one: a spec has a hundred thousand objects, never many open at once.
        var spareFrames = new Stack<Frame>();
        SourceNode? root = null;
        var hasExternalReferences = false;

        // Where the last token ended and what it was: what a syntax error is described from.
        var (afterLastToken, lastToken) = (0L, JsonTokenType.None);
        try
        {
            while (reader.Read())
            {
                (afterLastToken, lastToken) = (reader.BytesConsumed, reader.TokenType);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        {
                            var frame = frames.Peek();
                            var name = Text(ref reader, strings);
                            var keySpan = cursor.Span(reader.TokenStartIndex, TokenEnd(ref reader));
                            if (scratch.FirstLineOf(frame, name) is { } firstLine)
                            {
                                throw new SourceParseException(
                                    $"duplicate key '{name}' (first defined at line {firstLine})",
                                    new SourceRange(file, keySpan.Line, keySpan.Column, keySpan.EndLine, keySpan.EndColumn));
                            }

                            frame.PendingKey = name;
                            frame.PendingKeySpan = keySpan;
                            break;
                        }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        {
                            var (line, column) = cursor.Locate(reader.TokenStartIndex);
                            var isArray = reader.TokenType == JsonTokenType.StartArray;
                            var opened = spareFrames.TryPop(out var spare) ? spare : new Frame();
                            opened.Open(line, column, isArray, isArray ? scratch.Items.Count : scratch.Members.Count);
                            frames.Push(opened);
                            break;
                        }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        {
                            var frame = frames.Pop();
                            var (endLine, endColumn) = cursor.Locate(reader.TokenStartIndex + 1);
                            var span = new SourceSpan(frame.Line, frame.Column, endLine, endColumn);
                            SourceNode node = frame.IsArray
                                ? new SourceArray(file, span, Scratch.Take(scratch.Items, frame.Start))
                                : new SourceObject(file, span, Scratch.Take(scratch.Members, frame.Start));
                            spareFrames.Push(frame);
                            root = Add(frames, scratch, node) ?? root;
                            break;
                        }

                    default:
                        {
                            var span = cursor.Span(reader.TokenStartIndex, TokenEnd(ref reader));
                            var node = reader.TokenType switch
                            {
                                JsonTokenType.String => new SourceScalar(file, span, ScalarKind.String, Text(ref reader, strings)),
                                JsonTokenType.Number => new SourceScalar(file, span, ScalarKind.Number, strings.Get(reader.ValueSpan)),
                                JsonTokenType.True => new SourceScalar(file, span, ScalarKind.Boolean, "true"),
                                JsonTokenType.False => new SourceScalar(file, span, ScalarKind.Boolean, "false"),
                                _ => new SourceScalar(file, span, ScalarKind.Null, "null"),
                            };
                            hasExternalReferences |= node.Kind == ScalarKind.String && frames.TryPeek(out var parent)
                                && parent.PendingKey == "$ref" && !node.Text.StartsWith('#');
                            root = Add(frames, scratch, node) ?? root;
                            break;
                        }
                }
            }
        }
        catch (JsonException exception)
        {
            throw Located(file, text, exception, afterLastToken, lastToken, frames.Count == 0 ? null : frames.Peek().IsArray, frames.Count);
        }

        return new ParsedSource(file, DocumentFormat.Json, root) { HasExternalReferences = hasExternalReferences };
    }

    /// <summary>True when the whole text is one well-formed JSON value (duplicate keys aside).</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> text)
    {
        var reader = new Utf8JsonReader(text, ReaderOptions);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Throws what <see cref="Parse"/> would for a syntax error or a duplicate key, building no tree.</summary>
    public static void Check(string file, ReadOnlyMemory<byte> text)
    {
        var reader = new Utf8JsonReader(text.Span, ReaderOptions);
        var keys = new Stack<HashSet<string>?>();
        // A fix checks the whole fixed text: its keys repeat (the cache makes each string once), and
        // a finished map's key set is emptied and reused for the next map rather than made anew.
        var strings = new Utf8StringCache();
        var spare = new Stack<HashSet<string>>();
        var (afterLastToken, lastToken) = (0L, JsonTokenType.None);
        try
        {
            while (reader.Read())
            {
                (afterLastToken, lastToken) = (reader.BytesConsumed, reader.TokenType);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        keys.Push(spare.TryPop(out var reused) ? reused : new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        keys.Push(null);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (keys.Pop() is { Count: <= ReusedKeySetLimit } finished)
                        {
                            finished.Clear();
                            spare.Push(finished);
                        }

                        break;
                    case JsonTokenType.PropertyName when !keys.Peek()!.Add(Text(ref reader, strings)):
                        // Rare: parse again for the message with both lines.
                        Parse(file, text);
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            throw Located(file, text, exception, afterLastToken, lastToken, keys.Count == 0 ? null : keys.Peek() is null, keys.Count);
        }
    }

    /// <returns>The node when it is the root, else null.</returns>
    private static SourceNode? Add(Stack<Frame> frames, Scratch scratch, SourceNode node)
    {
        if (frames.Count == 0)
        {
            return node;
        }

        var frame = frames.Peek();
        if (frame.IsArray)
        {
            scratch.Items.Add(node);
        }
        else
        {
            scratch.Members.Add(new SourceMember(frame.PendingKey!, frame.PendingKeySpan, node));
            frame.Keys?.Add(frame.PendingKey!);
            frame.PendingKey = null;
        }

        return null;
    }

    private static string Text(ref Utf8JsonReader reader, Utf8StringCache strings) =>
        reader.HasValueSequence || reader.ValueIsEscaped ? reader.GetString()! : strings.Get(reader.ValueSpan);

    internal static long TokenEnd(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var quotes = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? 2 : 0;
        return reader.TokenStartIndex + length + quotes;
    }

    /// <summary>
    /// The error where the reader stopped: the position it reports (its line and byte in that
    /// line), and a message built from what was read before (<see cref="JsonSyntaxError"/>).
    /// </summary>
    private static SourceParseException Located(string file, ReadOnlyMemory<byte> text, JsonException exception, long afterLastToken, JsonTokenType lastToken, bool? inArray, int depth)
    {
        var line = (int)(exception.LineNumber ?? 0) + 1;
        var lines = new LineIndex(text);
        var stop = Math.Min(lines.LineStart(line) + (long)(exception.BytePositionInLine ?? 0), text.Length);
        var (_, charColumn) = lines.Locate(stop);
        var problem = JsonSyntaxError.Describe(text.Span, afterLastToken, stop, lastToken, inArray, depth);
        return new SourceParseException("invalid JSON: " + problem, SourceRange.At(file, line, charColumn));
    }

    /// <summary>An object or array being read; its members or items so far are in the <see cref="Scratch"/> lists from <see cref="Start"/> on.</summary>
    private sealed class Frame
    {
        public int Line { get; private set; }

        public int Column { get; private set; }

        public bool IsArray { get; private set; }

        public int Start { get; private set; }

        public string? PendingKey { get; set; }

        public SourceSpan PendingKeySpan { get; set; }

        /// <summary>The keys so far, once the object is large enough for a set to pay off.</summary>
        public HashSet<string>? Keys { get; private set; }

        // The set of an earlier object of this frame, emptied: the next large object fills it again.
        private HashSet<string>? spareKeys;

        /// <summary>Starts the frame of an object or array that opens at this position (a new frame or a spare one).</summary>
        public void Open(int line, int column, bool isArray, int start)
        {
            (Line, Column, IsArray, Start) = (line, column, isArray, start);
            if (Keys is { Count: <= ReusedKeySetLimit } used)
            {
                used.Clear();
                spareKeys = used;
            }

            (PendingKey, PendingKeySpan, Keys) = (null, default, null);
        }

        /// <summary>Starts the set of keys of a large object (an emptied one when the frame has it).</summary>
        public HashSet<string> StartKeys()
        {
            Keys = spareKeys ?? new HashSet<string>(StringComparer.Ordinal);
            spareKeys = null;
            return Keys;
        }
    }

    /// <summary>
    /// The members and items of every open object and array, one list each: a node's own array
    /// is made once, at its exact size, when it closes, so no list grows per node.
    /// </summary>
    private sealed class Scratch
    {
        // Small objects are searched for duplicates directly; larger ones get a set.
        private const int SetFrom = 8;

        public List<SourceMember> Members { get; } = [];

        public List<SourceNode> Items { get; } = [];

        public static T[] Take<T>(List<T> list, int start)
        {
            var taken = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)[start..].ToArray();
            list.RemoveRange(start, list.Count - start);
            return taken;
        }

        public int? FirstLineOf(Frame frame, string key)
        {
            var count = Members.Count - frame.Start;
            if (frame.Keys is null && count >= SetFrom)
            {
                var keys = frame.StartKeys();
                for (var i = frame.Start; i < Members.Count; i++)
                {
                    keys.Add(Members[i].Key);
                }
            }

            if (frame.Keys is not null && !frame.Keys.Contains(key))
            {
                return null;
            }

            for (var i = frame.Start; i < Members.Count; i++)
            {
                if (Members[i].Key == key)
                {
                    return Members[i].KeySpan.Line;
                }
            }

            return null;
        }
    }
}
