using System.Text;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The text of one file to be patched: the decoded characters (after any BOM), where each line
/// starts, and the file's own conventions (line ending, final newline, JSON or YAML).
/// Line/column positions from the <see cref="SourceMap"/> (1-based, UTF-16 columns) become
/// string offsets directly.
/// </summary>
internal sealed class SourceFile
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly List<int> lineStarts = [0];
    private TextStyle? style;

    // Read once: every map a fix adds to asks, and a scan of a 10 MB text per map was most of a YAML fix's time.
    private bool? hasLoneCarriageReturn;

    internal SourceFile(string path, byte[] original)
    {
        Path = path;
        Original = original;
        HasBom = original.AsSpan().StartsWith(Bom);
        Text = new UTF8Encoding(false, true).GetString(original, HasBom ? 3 : 0, original.Length - (HasBom ? 3 : 0));
        for (var i = Text.IndexOf('\n'); i >= 0; i = Text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }

        var firstBreak = Text.IndexOf('\n');
        Newline = firstBreak > 0 && Text[firstBreak - 1] == '\r' ? "\r\n" : "\n";
        // Read as the loader reads it, so that a flow-style YAML file gets YAML insertions.
        Format = SourceText.FormatOf(path, original.AsSpan(HasBom ? 3 : 0));
    }

    public string Path { get; }

    public byte[] Original { get; }

    public bool HasBom { get; }

    public string Text { get; }

    /// <summary>The line ending the file already uses (CRLF stays CRLF).</summary>
    public string Newline { get; }

    public DocumentFormat Format { get; }

    public int LineCount => lineStarts.Count;

    /// <summary>The text's lines for a diff, sharing the line starts found here.</summary>
    public TextLines Lines => new(Text, lineStarts);

    /// <summary>
    /// True when a <c>\r</c> stands alone (classic Mac OS line ends): YAML breaks lines there,
    /// while this class, like editors and the positions of findings, breaks them at <c>\n</c>.
    /// </summary>
    public bool HasLoneCarriageReturn => hasLoneCarriageReturn ??= FindLoneCarriageReturn(Text);

    /// <summary>How the file indents and quotes, read once: every map patched in it asks.</summary>
    public TextStyle Style => style ??= MapPatcher.Style(this);

    public static SourceFile Read(string path) => new(path, File.ReadAllBytes(path));

    /// <summary>A file whose bytes are already in memory (an editor's unsaved text).</summary>
    public static SourceFile From(string path, byte[] content) => new(path, content);

    /// <summary>The string offset of a 1-based line and UTF-16 column.</summary>
    public int Offset(int line, int column) => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Count - 1)] + column - 1;

    /// <summary>The 0-based line index that holds an offset.</summary>
    public int LineOf(int offset)
    {
        var found = lineStarts.BinarySearch(offset);
        return found >= 0 ? found : ~found - 1;
    }

    public int LineStart(int lineIndex) => lineStarts[lineIndex];

    /// <summary>The offset just past a line's line break (or the end of the text on the last line).</summary>
    public int NextLineStart(int lineIndex) => lineIndex + 1 < lineStarts.Count ? lineStarts[lineIndex + 1] : Text.Length;

    /// <summary>A line's text without its line break.</summary>
    public string Line(int lineIndex)
    {
        var start = lineStarts[lineIndex];
        var end = NextLineStart(lineIndex);
        return Text[start..end].TrimEnd('\n').TrimEnd('\r');
    }

    /// <summary>The number of spaces a line starts with.</summary>
    public int Indentation(int lineIndex)
    {
        var line = Line(lineIndex);
        return line.Length - line.TrimStart(' ').Length;
    }

    /// <summary>The new bytes: the original with every insertion applied, and the BOM kept.</summary>
    public byte[] Apply(IEnumerable<TextInsertion> insertions)
    {
        // Encoded piece by piece straight into the result (one encoder, so that nothing depends on
        // where the pieces are cut): no copy of the whole text as a string on the way.
        var ordered = TextInsertion.InWriteOrder(insertions).ToList();
        var encoder = Encoding.UTF8.GetEncoder();
        var pieces = new List<ReadOnlyMemory<char>>(2 * ordered.Count + 1);
        var position = 0;
        foreach (var insertion in ordered)
        {
            pieces.Add(Text.AsMemory(position, insertion.Offset - position));
            pieces.Add(insertion.Text.AsMemory());
            position = insertion.Offset;
        }

        pieces.Add(Text.AsMemory(position));
        // The text was decoded strictly from the original bytes, so it encodes back to exactly as many.
        var size = Original.Length;
        foreach (var insertion in ordered)
        {
            size += Encoding.UTF8.GetByteCount(insertion.Text);
        }

        var result = new byte[size];
        var written = 0;
        if (HasBom)
        {
            Bom.CopyTo(result, 0);
            written = Bom.Length;
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            written += encoder.GetBytes(pieces[i].Span, result.AsSpan(written), flush: i == pieces.Count - 1);
        }

        return written == result.Length ? result : result[..written];
    }

    private static bool FindLoneCarriageReturn(string text)
    {
        for (var i = text.IndexOf('\r'); i >= 0; i = text.IndexOf('\r', i + 1))
        {
            if (i + 1 == text.Length || text[i + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }
}
