using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads JSON into a <see cref="JsonNode"/>. The position of every pointer comes from a
/// <see cref="Utf8JsonReader"/> pass that runs only when something needs the whole map (a fix,
/// or locating a duplicate key, which the tree parser reports without a position); findings use
/// <see cref="JsonPositionLocator"/>, which visits only the parts of the file they point into.
/// Comments and trailing commas are tolerated, as most editors do.
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

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
        AllowDuplicateProperties = false,
    };

    internal static JsonReaderOptions Options => ReaderOptions;

    public static ParsedSource Parse(string file, ReadOnlyMemory<byte> text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text.Span, documentOptions: DocumentOptions);
        }
        catch (JsonException exception)
        {
            // The position pass throws a located error for a syntax error or a duplicate key.
            ScanPositions(file, text);
            throw Located(file, text, exception);
        }

        return new ParsedSource(file, DocumentFormat.Json, root, new Lazy<Dictionary<string, SourceEntry>>(() => ScanPositions(file, text)), new JsonPositionLocator(file, text));
    }

    internal static Dictionary<string, SourceEntry> ScanPositions(string file, ReadOnlyMemory<byte> text)
    {
        var lines = new LineIndex(text);
        var entries = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(text.Span, ReaderOptions);
        var frames = new Stack<Frame>();
        string? pendingPointer = null;
        SourceSpan pendingKey = default;

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
                            pendingPointer = DocumentPointer.Append(frame.Pointer, name);
                            pendingKey = Span(lines, reader.TokenStartIndex, TokenEnd(ref reader));
                            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, pendingPointer, out var exists);
                            if (exists)
                            {
                                throw new SourceParseException(
                                    $"duplicate key '{name}' (first defined at line {slot.Key.Line})",
                                    new SourceRange(file, pendingKey.Line, pendingKey.Column, pendingKey.EndLine, pendingKey.EndColumn));
                            }

                            slot = new SourceEntry(file, pendingKey, pendingKey);
                            break;
                        }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        {
                            var (pointer, key) = ValuePointer(frames, ref pendingPointer, pendingKey, lines, reader.TokenStartIndex);
                            frames.Push(new Frame(pointer, key, reader.TokenStartIndex, reader.TokenType == JsonTokenType.StartArray));
                            break;
                        }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        {
                            var frame = frames.Pop();
                            var start = lines.Locate(frame.ValueStart);
                            var end = lines.Locate(reader.TokenStartIndex + 1);
                            entries[frame.Pointer] = new SourceEntry(file, frame.Key, new SourceSpan(start.Line, start.Column, end.Line, end.Column));
                            break;
                        }

                    default:
                        {
                            var valueStart = reader.TokenStartIndex;
                            var (pointer, key) = ValuePointer(frames, ref pendingPointer, pendingKey, lines, valueStart);
                            var value = Span(lines, valueStart, TokenEnd(ref reader));
                            entries[pointer] = new SourceEntry(file, frames.Count == 0 || frames.Peek().IsArray ? value : key, value);
                            break;
                        }
                }
            }
        }
        catch (JsonException exception)
        {
            throw Located(file, text, exception);
        }

        return entries;
    }

    private static (string Pointer, SourceSpan Key) ValuePointer(
        Stack<Frame> frames, ref string? pendingPointer, SourceSpan pendingKey, LineIndex lines, long valueStart)
    {
        if (frames.Count == 0)
        {
            var (line, column) = lines.Locate(valueStart);
            return (DocumentPointer.Root, new SourceSpan(line, column, line, column + 1));
        }

        var parent = frames.Peek();
        if (parent.IsArray)
        {
            var pointer = DocumentPointer.Append(parent.Pointer, parent.NextIndex++);
            var (line, column) = lines.Locate(valueStart);
            return (pointer, new SourceSpan(line, column, line, column + 1));
        }

        var member = pendingPointer!;
        pendingPointer = null;
        return (member, pendingKey);
    }

    internal static long TokenEnd(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var quotes = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? 2 : 0;
        return reader.TokenStartIndex + length + quotes;
    }

    internal static SourceSpan Span(LineIndex lines, long start, long end)
    {
        var (line, column) = lines.Locate(start);
        var (endLine, endColumn) = lines.Locate(end);
        return new SourceSpan(line, column, endLine, endColumn);
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

    private sealed class Frame(string pointer, SourceSpan key, long valueStart, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public SourceSpan Key { get; } = key;

        public long ValueStart { get; } = valueStart;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
