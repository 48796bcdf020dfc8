using System.Text.Json;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads a JSON text into <see cref="JsonTokenBlock"/>s, one block per call, each token placed by
/// line and column. The reader's state is kept between calls, so the text is
/// read once, in order, however it is cut into blocks.
/// </summary>
internal sealed class JsonTokenizer(ReadOnlyMemory<byte> text, JsonReaderOptions options)
{
    private readonly Utf8PositionCursor cursor = new(text);
    private JsonReaderState state = new(options);
    private int consumed;
    private (long AfterLastToken, JsonTokenType LastToken) last;

    /// <summary>Fills <paramref name="block"/> with the next tokens; the block that reaches the end, or an error, is the last.</summary>
    public void Fill(JsonTokenBlock block)
    {
        var tokens = block.Tokens;
        var reader = new Utf8JsonReader(text.Span[consumed..], isFinalBlock: true, state);
        var count = 0;
        try
        {
            while (count < tokens.Length && reader.Read())
            {
                tokens[count++] = Placed(ref reader);
                last = (consumed + reader.BytesConsumed, reader.TokenType);
            }

            block.IsLast = count < tokens.Length;
        }
        catch (JsonException error)
        {
            // The tokens before the error are built, so the error is described in their context.
            block.SyntaxError = error;
            block.BeforeError = last;
            block.IsLast = true;
        }

        block.Count = count;
        consumed += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private JsonToken Placed(ref Utf8JsonReader reader)
    {
        var type = reader.TokenType;
        var start = consumed + reader.TokenStartIndex;
        switch (type)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                {
                    var (line, column) = cursor.Locate(start);
                    return new JsonToken(type, new SourceSpan(line, column, line, column), 0, 0, null);
                }

            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                {
                    var (line, column) = cursor.Locate(start + 1);
                    return new JsonToken(type, new SourceSpan(line, column, line, column), 0, 0, null);
                }

            case JsonTokenType.String or JsonTokenType.PropertyName:
                {
                    var length = reader.ValueSpan.Length;
                    var unescaped = reader.ValueIsEscaped ? reader.GetString() : null;
                    return new JsonToken(type, cursor.Span(start, start + length + 2), (int)start + 1, length, unescaped);
                }

            default:
                {
                    var length = reader.ValueSpan.Length;
                    return new JsonToken(type, cursor.Span(start, start + length), (int)start, length, null);
                }
        }
    }
}
