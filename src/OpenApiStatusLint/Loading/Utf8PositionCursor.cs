namespace OpenApiStatusLint.Loading;

/// <summary>
/// Turns byte offsets of UTF-8 text into 1-based lines and UTF-16 columns while a reader moves
/// forward through it: each call continues from the previous offset, so a whole file costs one
/// pass however many positions are asked for. An offset behind the previous one (never asked by
/// the parser) falls back to a <see cref="LineIndex"/>.
/// </summary>
/// <remarks>
/// The parser asks for two positions per token. The cursor knows where its line ends and whether
/// the line is all ASCII, so most answers are a comparison and a subtraction; only a line with
/// other characters counts its bytes (see <see cref="LineIndex"/> for what is counted).
/// </remarks>
internal sealed class Utf8PositionCursor
{
    private readonly ReadOnlyMemory<byte> text;
    private int offset;
    private int line;
    private int lineStart;

    // The index of the '\n' that ends the current line, or the text's length on the last line.
    private int lineEnd;
    private bool lineIsAscii;
    private int surplusSinceLineStart;
    private LineIndex? fallback;

    public Utf8PositionCursor(ReadOnlyMemory<byte> text)
        : this(text, 1, 0)
    {
    }

    /// <summary>A cursor that starts on a line already known: line <paramref name="line"/> starts at byte <paramref name="lineStart"/>.</summary>
    public Utf8PositionCursor(ReadOnlyMemory<byte> text, int line, int lineStart)
    {
        this.text = text;
        this.line = line;
        StartLine(text.Span, lineStart);
    }

    public (int Line, int Column) Locate(long byteOffset)
    {
        var target = (int)Math.Clamp(byteOffset, 0, text.Length);
        if (target < offset)
        {
            fallback ??= new LineIndex(text);
            return fallback.Locate(target);
        }

        var span = text.Span;
        while (target > lineEnd)
        {
            line++;
            StartLine(span, lineEnd + 1);
        }

        if (!lineIsAscii)
        {
            surplusSinceLineStart += LineIndex.SurplusOf(span[offset..target]);
        }

        offset = target;
        return (line, target - lineStart - surplusSinceLineStart + 1);
    }

    public SourceSpan Span(long start, long end)
    {
        var (startLine, startColumn) = Locate(start);
        var (endLine, endColumn) = Locate(end);
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }

    private void StartLine(ReadOnlySpan<byte> span, int start)
    {
        lineStart = start;
        offset = start;
        surplusSinceLineStart = 0;
        var newline = span[start..].IndexOf((byte)'\n');
        lineEnd = newline < 0 ? span.Length : start + newline;
        lineIsAscii = System.Text.Ascii.IsValid(span[start..lineEnd]);
    }
}
