namespace OpenApiStatusLint.Loading;

/// <summary>
/// Turns byte offsets in UTF-8 text into 1-based lines and UTF-16 columns, in constant time per
/// lookup whatever the order of lookups and the length of lines (APIs.guru ships 20 MB
/// descriptions on a single line).
/// </summary>
/// <remarks>
/// A UTF-16 column is the byte distance minus the bytes that do not start a UTF-16 unit: UTF-8
/// continuation bytes, less one for each four-byte sequence (which is two UTF-16 units). Running
/// counts of those bytes are kept every <see cref="Block"/> bytes.
/// </remarks>
internal sealed class LineIndex
{
    private const int Block = 512;

    private readonly ReadOnlyMemory<byte> text;
    private readonly int[] lineStarts;
    private readonly int[]? surplusAtBlock;

    public LineIndex(ReadOnlyMemory<byte> text)
    {
        this.text = text;
        var span = text.Span;
        // Counted first, so that the starts of a file of 400,000 lines take one array, not a
        // list that doubles through the large object heap (each step of which can start a collection).
        lineStarts = new int[span.Count((byte)'\n') + 1];
        var line = 1;
        for (var i = span.IndexOf((byte)'\n'); i >= 0;)
        {
            lineStarts[line++] = i + 1;
            var next = span[(i + 1)..].IndexOf((byte)'\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        if (System.Text.Ascii.IsValid(span))
        {
            return;
        }

        surplusAtBlock = new int[(span.Length / Block) + 1];
        var surplus = 0;
        for (var block = 0; block < surplusAtBlock.Length; block++)
        {
            surplusAtBlock[block] = surplus;
            var start = block * Block;
            surplus += SurplusOf(span[start..Math.Min(span.Length, start + Block)]);
        }
    }

    /// <summary>The number of lines: one more than the <c>\n</c> in the text.</summary>
    public int LineCount => lineStarts.Length;

    public (int Line, int Column) Locate(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, text.Length);
        var found = Array.BinarySearch(lineStarts, offset);
        var line = found >= 0 ? found : ~found - 1;
        var lineStart = lineStarts[line];
        return (line + 1, offset - lineStart - SurplusBetween(lineStart, offset) + 1);
    }

    /// <summary>Byte offset of a 1-based line's first character.</summary>
    public int LineStart(int line) => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Length - 1)];

    /// <summary>
    /// The byte offset of a 1-based line and UTF-16 column: the inverse of <see cref="Locate"/>. A
    /// column past the end of its line counts on into the next ones, as a string offset would.
    /// </summary>
    public int Offset(int line, int column)
    {
        var lineStart = LineStart(line);
        var units = column - 1;
        var span = text.Span;
        // Most columns are a few characters into a line that is ASCII up to there: then they are bytes.
        if (surplusAtBlock is null || units <= 0 || (lineStart + units <= span.Length && System.Text.Ascii.IsValid(span.Slice(lineStart, units))))
        {
            return Math.Clamp(lineStart + units, 0, text.Length);
        }

        // The UTF-16 offset wanted from the start of the text; a block start is a UTF-16 offset of
        // its byte offset less its surplus, so the last block that starts at or before it is found by
        // halving, and only the bytes from there are counted.
        var target = (long)lineStart - SurplusBefore(lineStart) + units;
        var from = lineStart;
        int low = (lineStart / Block) + 1, high = surplusAtBlock.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if ((long)middle * Block - surplusAtBlock[middle] <= target)
            {
                from = middle * Block;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        var position = (long)from - SurplusBefore(from);
        var offset = from;
        // A block may start inside a character: its continuation bytes add no unit and are passed over.
        while (offset < span.Length && (position < target || (span[offset] & 0xC0) == 0x80))
        {
            position += (span[offset] & 0xC0) == 0x80 ? 0 : (span[offset] & 0xF8) == 0xF0 ? 2 : 1;
            offset++;
        }

        return offset;
    }

    private int SurplusBefore(int offset)
    {
        if (surplusAtBlock is null)
        {
            return 0;
        }

        var block = offset / Block;
        return surplusAtBlock[block] + SurplusOf(text.Span[(block * Block)..offset]);
    }

    // Counted directly when the two are near (a column on a line of ordinary length), else from the blocks.
    private int SurplusBetween(int start, int end) =>
        surplusAtBlock is null ? 0 : end - start <= Block ? SurplusOf(text.Span[start..end]) : SurplusBefore(end) - SurplusBefore(start);

    /// <summary>The bytes of <paramref name="text"/> that add no UTF-16 unit, less the extra unit of each four-byte sequence.</summary>
    public static int SurplusOf(ReadOnlySpan<byte> text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return 0;
        }

        var surplus = 0;
        foreach (var b in text)
        {
            surplus += Surplus(b);
        }

        return surplus;
    }

    // A continuation byte (10xxxxxx) adds no UTF-16 unit; a four-byte lead (11110xxx) adds two units for four bytes.
    private static int Surplus(byte b) => (b & 0xC0) == 0x80 ? 1 : (b & 0xF8) == 0xF0 ? -1 : 0;
}
