using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// The next tokens of a JSON text (a few thousand for a large one), filled by <see cref="JsonTokenizer"/>
/// and emptied by <see cref="JsonTreeBuilder"/>.
/// </summary>
internal sealed class JsonTokenBlock : IReadAheadBlock
{
    /// <summary>
    /// Tokens per block: enough that handing a block over is rare. A block (40 bytes a token) stays
    /// under the large object heap's 85,000 bytes: blocks there count towards a full collection,
    /// and one that compacts the tree being built costs more than the second thread saves.
    /// </summary>
    public const int Capacity = 2048;

    /// <summary>A block of <see cref="Capacity"/> tokens.</summary>
    public JsonTokenBlock()
        : this(Capacity)
    {
    }

    /// <summary>A block of <paramref name="capacity"/> tokens, for a short text.</summary>
    public JsonTokenBlock(int capacity) => Tokens = new JsonToken[capacity];

    public JsonToken[] Tokens { get; }

    public int Count { get; set; }

    /// <inheritdoc />
    public bool IsLast { get; set; }

    /// <summary>Why the text could not be read on, when it is not well formed.</summary>
    public JsonException? SyntaxError { get; set; }

    /// <inheritdoc />
    public ExceptionDispatchInfo? Failure { get; set; }

    /// <summary>Where the last token before <see cref="SyntaxError"/> ended and what it was: what the error is described from.</summary>
    public (long AfterLastToken, JsonTokenType LastToken) BeforeError { get; set; }
}
