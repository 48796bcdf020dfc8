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
    private readonly List<int> lineStarts = [0];
    private readonly int[]? surplusAtBlock;

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

        if (System.Text.Ascii.IsValid(span))
        {
            return;
        }

        surplusAtBlock = new int[(span.Length / Block) + 1];
        var surplus = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i % Block == 0)
            {
                surplusAtBlock[i / Block] = surplus;
            }

            surplus += Surplus(span[i]);
        }
    }

    public (int Line, int Column) Locate(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, text.Length);
        var found = lineStarts.BinarySearch(offset);
        var line = found >= 0 ? found : ~found - 1;
        var lineStart = lineStarts[line];
        return (line + 1, offset - lineStart - (SurplusBefore(offset) - SurplusBefore(lineStart)) + 1);
    }

    /// <summary>Byte offset of a 1-based line's first character.</summary>
    public int LineStart(int line) => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Count - 1)];

    private int SurplusBefore(int offset)
    {
        if (surplusAtBlock is null)
        {
            return 0;
        }

        var block = offset / Block;
        var surplus = surplusAtBlock[block];
        foreach (var b in text.Span[(block * Block)..offset])
        {
            surplus += Surplus(b);
        }

        return surplus;
    }

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
