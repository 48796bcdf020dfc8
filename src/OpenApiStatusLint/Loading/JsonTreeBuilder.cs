using System.Text.Json;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Builds the positioned tree from <see cref="JsonToken"/>s in the order read: every node gets the
/// span of its value and every member the span of its key. Duplicate keys are an error at the
/// second key; a syntax error is reported where the reader stopped.
/// </summary>
internal sealed class JsonTreeBuilder(string file, ReadOnlyMemory<byte> text)
{
    // A finished map's key set is emptied and reused for the next map, unless it grew past this:
    // emptying a very large set again for every small map would cost more than it saves.
    internal const int ReusedKeySetLimit = 64;

    private readonly Scratch scratch = new();
    private readonly Utf8StringCache strings = new();
    private readonly Stack<Frame> frames = new();

    // A closed object's frame serves the next one: a spec has a hundred thousand objects, never many open at once.
    private readonly Stack<Frame> spareFrames = new();
    private SourceNode? root;
    private bool hasExternalReferences;

    /// <summary>The tree read so far: the whole document once the last block is built.</summary>
    public ParsedSource Result => new(file, DocumentFormat.Json, root) { HasExternalReferences = hasExternalReferences };

    /// <summary>Adds the block's tokens to the tree; throws <see cref="SourceParseException"/> for a duplicate key or the block's syntax error.</summary>
    public void Build(JsonTokenBlock block)
    {
        // Never the text's fault (that is the block's syntax error): a failure of the reading itself.
        block.Failure?.Throw();
        var span = text.Span;
        var tokens = block.Tokens;
        for (var i = 0; i < block.Count; i++)
        {
            Add(in tokens[i], span);
        }

        if (block.SyntaxError is { } error)
        {
            throw JsonSourceParser.Located(file, text, error, block.BeforeError.AfterLastToken, block.BeforeError.LastToken, frames.Count == 0 ? null : frames.Peek().IsArray, frames.Count);
        }
    }

    private void Add(in JsonToken token, ReadOnlySpan<byte> span)
    {
        switch (token.Type)
        {
            case JsonTokenType.PropertyName:
                {
                    var frame = frames.Peek();
                    var name = Text(in token, span);
                    var keySpan = token.Span;
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
                    var (line, column) = (token.Span.Line, token.Span.Column);
                    var isArray = token.Type == JsonTokenType.StartArray;
                    var opened = spareFrames.TryPop(out var spare) ? spare : new Frame();
                    opened.Open(line, column, isArray, isArray ? scratch.Items.Count : scratch.Members.Count);
                    frames.Push(opened);
                    break;
                }

            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                {
                    var frame = frames.Pop();
                    var nodeSpan = new SourceSpan(frame.Line, frame.Column, token.Span.Line, token.Span.Column);
                    SourceNode node = frame.IsArray
                        ? new SourceArray(file, nodeSpan, EntryStack.Take(scratch.Items, frame.Start))
                        : new SourceObject(file, nodeSpan, EntryStack.Take(scratch.Members, frame.Start));
                    spareFrames.Push(frame);
                    Attach(node);
                    break;
                }

            default:
                {
                    var nodeSpan = token.Span;
                    var node = token.Type switch
                    {
                        JsonTokenType.String => new SourceScalar(file, nodeSpan, ScalarKind.String, Text(in token, span)),
                        JsonTokenType.Number => new SourceScalar(file, nodeSpan, ScalarKind.Number, Text(in token, span)),
                        JsonTokenType.True => new SourceScalar(file, nodeSpan, ScalarKind.Boolean, "true"),
                        JsonTokenType.False => new SourceScalar(file, nodeSpan, ScalarKind.Boolean, "false"),
                        _ => new SourceScalar(file, nodeSpan, ScalarKind.Null, "null"),
                    };
                    hasExternalReferences |= node.Kind == ScalarKind.String && frames.TryPeek(out var parent)
                        && parent.PendingKey == "$ref" && !node.Text.StartsWith('#');
                    Attach(node);
                    break;
                }
        }
    }

    private string Text(in JsonToken token, ReadOnlySpan<byte> span) =>
        token.Unescaped ?? strings.Get(span.Slice(token.ValueStart, token.ValueLength));

    private void Attach(SourceNode node)
    {
        if (frames.Count == 0)
        {
            root = node;
            return;
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
