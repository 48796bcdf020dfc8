using System.Text.Json;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads JSON into a positioned tree in one <see cref="Utf8JsonReader"/> pass (<see cref="JsonTokenizer"/>
/// reads, <see cref="JsonTreeBuilder"/> builds, on two threads for a large file). Comments and
/// trailing commas are tolerated, as most editors do.
/// </summary>
internal static class JsonSourceParser
{
    public const int MaxDepth = 1000;

    // Below this size a second thread costs more than it saves (a 1 MB file reads in about 15 ms).
    private const int TwoThreadsFrom = 1024 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    /// <param name="file">The file's full path, for the tree and for errors.</param>
    /// <param name="text">The file's bytes.</param>
    /// <param name="twoThreads">Whether to read on a second thread; by default, for a large file when there is a second core.</param>
    public static ParsedSource Parse(string file, ReadOnlyMemory<byte> text, bool? twoThreads = null)
    {
        var tokenizer = new JsonTokenizer(text, ReaderOptions);
        var builder = new JsonTreeBuilder(file, text);
        if (twoThreads ?? (text.Length >= TwoThreadsFrom && Environment.ProcessorCount > 1))
        {
            ReadBesideBuilding(tokenizer, builder);
        }
        else
        {
            // Fix reads every fragment it inserts (two thousand on GitHub's spec): a full block each
            // was 160 MB of garbage. Few texts have more than a token per four bytes; those take more turns.
            var block = new JsonTokenBlock(Math.Min(JsonTokenBlock.Capacity, (text.Length / 4) + 16));
            do
            {
                tokenizer.Fill(block);
                builder.Build(block);
            }
            while (!block.IsLast);
        }

        return builder.Result;
    }

    // Reading and placing the tokens is about half of the work, building the tree the other half.
    private static void ReadBesideBuilding(JsonTokenizer tokenizer, JsonTreeBuilder builder)
    {
        using var ahead = new ReadAhead<JsonTokenBlock>("statuslint JSON reader", tokenizer.Fill);
        JsonTokenBlock block;
        do
        {
            block = ahead.Take();
            builder.Build(block);
            ahead.Return(block);
        }
        while (!block.IsLast);
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
                        if (keys.Pop() is { Count: <= JsonTreeBuilder.ReusedKeySetLimit } finished)
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

    private static string Text(ref Utf8JsonReader reader, Utf8StringCache strings) =>
        reader.HasValueSequence || reader.ValueIsEscaped ? reader.GetString()! : strings.Get(reader.ValueSpan);

    /// <summary>
    /// The error where the reader stopped: the position it reports (its line and byte in that
    /// line), and a message built from what was read before (<see cref="JsonSyntaxError"/>).
    /// </summary>
    internal static SourceParseException Located(string file, ReadOnlyMemory<byte> text, JsonException exception, long afterLastToken, JsonTokenType lastToken, bool? inArray, int depth)
    {
        var line = (int)(exception.LineNumber ?? 0) + 1;
        var lines = new LineIndex(text);
        var stop = Math.Min(lines.LineStart(line) + (long)(exception.BytePositionInLine ?? 0), text.Length);
        var (_, charColumn) = lines.Locate(stop);
        var problem = JsonSyntaxError.Describe(text.Span, afterLastToken, stop, lastToken, inArray, depth);
        return new SourceParseException("invalid JSON: " + problem, SourceRange.At(file, line, charColumn));
    }
}
