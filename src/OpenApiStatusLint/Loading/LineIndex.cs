using System.Text;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Turns byte offsets in UTF-8 text into 1-based lines and UTF-16 columns. Offsets asked for in
/// increasing order cost time proportional to the distance moved, so a single forward pass over
/// a 13 MB one-line JSON file stays linear.
/// </summary>
internal sealed class LineIndex
{
    private readonly ReadOnlyMemory<byte> text;
    private readonly List<int> lineStarts = [0];
    private int cursorOffset;
    private int cursorLine;
    private int cursorColumn = 1;

    public LineIndex(ReadOnlyMemory<byte> text)
    {
        this.text = text;
        var span = text.Span;
        for (var i = span.IndexOf((byte)'\n'); i >= 0;)
        {
            lineStarts.Add(i + 1);
            var next = span[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    public (int Line, int Column) Locate(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, text.Length);
        var lineIndex = LineOf(offset);
        if (lineIndex != cursorLine || offset < cursorOffset)
        {
            cursorLine = lineIndex;
            cursorOffset = lineStarts[lineIndex];
            cursorColumn = 1;
        }

        cursorColumn += Encoding.UTF8.GetCharCount(text.Span[cursorOffset..offset]);
        cursorOffset = offset;
        return (lineIndex + 1, cursorColumn);
    }

    /// <summary>Byte offset of a 1-based line's first character.</summary>
    public int LineStart(int line) => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Count - 1)];

    private int LineOf(int offset)
    {
        if (cursorLine < lineStarts.Count && offset >= lineStarts[cursorLine]
            && (cursorLine + 1 == lineStarts.Count || offset < lineStarts[cursorLine + 1]))
        {
            return cursorLine;
        }

        var found = lineStarts.BinarySearch(offset);
        return found >= 0 ? found : ~found - 1;
    }
}
