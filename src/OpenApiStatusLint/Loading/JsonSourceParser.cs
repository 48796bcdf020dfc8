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
        var frames = new Stack<Frame>();
        SourceNode? root = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        {
                            var frame = frames.Peek();
                            var name = reader.GetString()!;
                            var keySpan = cursor.Span(reader.TokenStartIndex, TokenEnd(ref reader));
                            if (frame.FirstLineOf(name) is { } firstLine)
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
                            frames.Push(new Frame(line, column, reader.TokenType == JsonTokenType.StartArray));
                            break;
                        }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        {
                            var frame = frames.Pop();
                            var (endLine, endColumn) = cursor.Locate(reader.TokenStartIndex + 1);
                            var span = new SourceSpan(frame.Line, frame.Column, endLine, endColumn);
                            SourceNode node = frame.IsArray ? new SourceArray(file, span, frame.Items!) : new SourceObject(file, span, frame.Members!);
                            root = Add(frames, node) ?? root;
                            break;
                        }

                    default:
                        {
                            var span = cursor.Span(reader.TokenStartIndex, TokenEnd(ref reader));
                            var node = reader.TokenType switch
                            {
                                JsonTokenType.String => new SourceScalar(file, span, ScalarKind.String, reader.GetString()!),
                                JsonTokenType.Number => new SourceScalar(file, span, ScalarKind.Number, Encoding.UTF8.GetString(reader.ValueSpan)),
                                JsonTokenType.True => new SourceScalar(file, span, ScalarKind.Boolean, "true"),
                                JsonTokenType.False => new SourceScalar(file, span, ScalarKind.Boolean, "false"),
                                _ => new SourceScalar(file, span, ScalarKind.Null, "null"),
                            };
                            root = Add(frames, node) ?? root;
                            break;
                        }
                }
            }
        }
        catch (JsonException exception)
        {
            throw Located(file, text, exception);
        }

        return new ParsedSource(file, DocumentFormat.Json, root);
    }

    /// <returns>The node when it is the root, else null.</returns>
    private static SourceNode? Add(Stack<Frame> frames, SourceNode node)
    {
        if (frames.Count == 0)
        {
            return node;
        }

        frames.Peek().Add(node);
        return null;
    }

    internal static long TokenEnd(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var quotes = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? 2 : 0;
        return reader.TokenStartIndex + length + quotes;
    }

    private static SourceParseException Located(string file, ReadOnlyMemory<byte> text, JsonException exception)
    {
        var line = (int)(exception.LineNumber ?? 0) + 1;
        var lines = new LineIndex(text);
        var lineStart = lines.LineStart(line);
        var column = (int)(exception.BytePositionInLine ?? 0);
        var (_, charColumn) = lines.Locate(Math.Min(lineStart + column, text.Length));
        var message = exception.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return new SourceParseException("invalid JSON: " + message.TrimEnd(' ', '.', '|'), SourceRange.At(file, line, charColumn));
    }

    /// <summary>An object or array being read.</summary>
    private sealed class Frame(int line, int column, bool isArray)
    {
        // Small objects are searched for duplicates directly; larger ones get a set.
        private const int SetFrom = 8;

        private HashSet<string>? keys;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public bool IsArray { get; } = isArray;

        public List<SourceMember>? Members { get; } = isArray ? null : [];

        public List<SourceNode>? Items { get; } = isArray ? [] : null;

        public string? PendingKey { get; set; }

        public SourceSpan PendingKeySpan { get; set; }

        public int? FirstLineOf(string key)
        {
            var members = Members!;
            if (keys is null && members.Count < SetFrom)
            {
                foreach (var member in members)
                {
                    if (member.Key == key)
                    {
                        return member.KeySpan.Line;
                    }
                }

                return null;
            }

            if (keys is null)
            {
                keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in members)
                {
                    keys.Add(member.Key);
                }
            }

            return keys.Contains(key) ? members.First(member => member.Key == key).KeySpan.Line : null;
        }

        public void Add(SourceNode node)
        {
            if (IsArray)
            {
                Items!.Add(node);
                return;
            }

            Members!.Add(new SourceMember(PendingKey!, PendingKeySpan, node));
            keys?.Add(PendingKey!);
            PendingKey = null;
        }
    }
}
