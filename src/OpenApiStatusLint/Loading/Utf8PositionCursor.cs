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
    private int line = 1;
    private int lineStart;

    // The index of the '\n' that ends the current line, or the text's length on the last line.
    private int lineEnd;
    private bool lineIsAscii;
    private int surplusSinceLineStart;
    private LineIndex? fallback;

    public Utf8PositionCursor(ReadOnlyMemory<byte> text)
    {
        this.text = text;
        StartLine(text.Span, 0);
    }

    public (int Line, int Column) Locate(long byteOffset)
    {
        var target = (int)Math.Clamp(byteOffset, 0, text.Length);
        if (target < offset)
        {
            fallback ??= new LineIndex(text);
            return fallback.Locate(target);
        }

        // Most tokens start on the line the last one ended on, and most lines are ASCII: then the
        // text itself is not touched.
        if (target > lineEnd)
        {
            var span = text.Span;
            while (target > lineEnd)
            {
                line++;
                StartLine(span, lineEnd + 1);
            }
        }

        if (!lineIsAscii)
        {
            surplusSinceLineStart += LineIndex.SurplusOf(text.Span[offset..target]);
        }

        offset = target;
        return (line, target - lineStart - surplusSinceLineStart + 1);
    }

    public SourceSpan Span(long start, long end)
    {
        var (startLine, startColumn) = Locate(start);
        var target = (int)Math.Clamp(end, 0, text.Length);
        var cursorIsAtStart = offset == (int)Math.Clamp(start, 0, text.Length);
        if (cursorIsAtStart && lineIsAscii && target >= offset && target <= lineEnd)
        {
            // A token that ends on its ASCII line: its end column is as far from its start as its bytes.
            var endColumn = startColumn + (target - offset);
            offset = target;
            return new SourceSpan(startLine, startColumn, startLine, endColumn);
        }

        var (endLine, endColumnAfter) = Locate(end);
        return new SourceSpan(startLine, startColumn, endLine, endColumnAfter);
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
