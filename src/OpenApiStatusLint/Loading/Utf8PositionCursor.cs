namespace OpenApiStatusLint.Loading;

/// <summary>
/// Turns byte offsets of UTF-8 text into 1-based lines and UTF-16 columns while a reader moves
/// forward through it: each call continues from the previous offset, so a whole file costs one
/// pass however many positions are asked for. An offset behind the previous one (never asked by
/// the parser) falls back to a <see cref="LineIndex"/>.
/// </summary>
internal sealed class Utf8PositionCursor(ReadOnlyMemory<byte> text)
{
    private int offset;
    private int line = 1;
    private int lineStart;
    private int surplusSinceLineStart;
    private LineIndex? fallback;

    public (int Line, int Column) Locate(long byteOffset)
    {
        var target = (int)Math.Clamp(byteOffset, 0, text.Length);
        if (target < offset)
        {
            fallback ??= new LineIndex(text);
            return fallback.Locate(target);
        }

        var span = text.Span;
        while (offset < target)
        {
            var rest = span[offset..target];
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0)
            {
                surplusSinceLineStart += LineIndex.SurplusOf(rest);
                offset = target;
                break;
            }

            offset += newline + 1;
            line++;
            lineStart = offset;
            surplusSinceLineStart = 0;
        }

        return (line, target - lineStart - surplusSinceLineStart + 1);
    }

    public SourceSpan Span(long start, long end)
    {
        var (startLine, startColumn) = Locate(start);
        var (endLine, endColumn) = Locate(end);
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }
}
