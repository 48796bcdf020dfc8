using System.Text;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The text of one file to be patched, as the UTF-8 bytes it was read as (after any BOM): where
/// each line starts, and the file's own conventions (line ending, final newline, JSON or YAML).
/// Offsets are byte offsets of that text; line/column positions from the <see cref="SourceMap"/>
/// (1-based, UTF-16 columns) are turned into them, and back for what is reported.
/// </summary>
/// <remarks>
/// The text is never decoded as a whole: for GitHub's 13 MB spec that was a 26 MB string, and
/// on the large object heap its allocation started a full collection of the whole document just
/// read (a third of fix's time). Lines are decoded one at a time, where a fix reads them.
/// </remarks>
internal sealed class SourceFile
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly LineIndex lines;
    private TextStyle? style;

    // Read once: every map a fix adds to asks, and a scan of a 10 MB text per map was most of a YAML fix's time.
    private bool? hasLoneCarriageReturn;

    internal SourceFile(string path, byte[] original)
    {
        Path = path;
        Original = original;
        HasBom = original.AsSpan().StartsWith(Bom);
        Content = original.AsMemory(HasBom ? Bom.Length : 0);
        // Strict, as the loader reads: a fix never places text in bytes that are not UTF-8.
        if (!System.Text.Unicode.Utf8.IsValid(Content.Span))
        {
            throw new DecoderFallbackException("the file is not valid UTF-8");
        }

        lines = new LineIndex(Content);
        var firstBreak = Text.IndexOf((byte)'\n');
        Newline = firstBreak > 0 && Text[firstBreak - 1] == '\r' ? "\r\n" : "\n";
        // Read as the loader reads it, so that a flow-style YAML file gets YAML insertions.
        Format = SourceText.FormatOf(path, Text);
    }

    public string Path { get; }

    public byte[] Original { get; }

    public bool HasBom { get; }

    /// <summary>The text's bytes, after any BOM.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The text's bytes, after any BOM.</summary>
    public ReadOnlySpan<byte> Text => Content.Span;

    /// <summary>The number of bytes of the text.</summary>
    public int Length => Content.Length;

    /// <summary>The line ending the file already uses (CRLF stays CRLF).</summary>
    public string Newline { get; }

    public DocumentFormat Format { get; }

    public int LineCount => lines.LineCount;

    /// <summary>The text's lines for a diff, sharing the line starts found here.</summary>
    public TextLines Lines => new(Content, lines);

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

    /// <summary>
    /// The character at a byte offset when it is ASCII, else U+FFFD (a byte of a longer
    /// character): every character a fix looks for (brackets, quotes, commas, blanks) is ASCII.
    /// </summary>
    public char At(int offset) => Text[offset] is var b && b < 0x80 ? (char)b : '\uFFFD';

    /// <summary>The offset of the first <paramref name="value"/> at or after <paramref name="from"/>, or -1.</summary>
    public int IndexOf(char value, int from)
    {
        var found = Text[from..].IndexOf((byte)value);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The text between two offsets, decoded.</summary>
    public string Slice(int start, int end) => Encoding.UTF8.GetString(Text[start..end]);

    /// <summary>The byte offset of a 1-based line and UTF-16 column.</summary>
    public int Offset(int line, int column) => lines.Offset(line, column);

    /// <summary>The 1-based line and UTF-16 column of a byte offset.</summary>
    public (int Line, int Column) Locate(int offset) => lines.Locate(offset);

    /// <summary>The 0-based line index that holds an offset.</summary>
    public int LineOf(int offset) => lines.Locate(offset).Line - 1;

    public int LineStart(int lineIndex) => lines.LineStart(lineIndex + 1);

    /// <summary>The offset just past a line's line break (or the end of the text on the last line).</summary>
    public int NextLineStart(int lineIndex) => lineIndex + 1 < LineCount ? LineStart(lineIndex + 1) : Length;

    /// <summary>A line's text without its line break.</summary>
    public string Line(int lineIndex)
    {
        var line = Text[LineStart(lineIndex)..NextLineStart(lineIndex)];
        line = line.EndsWith((byte)'\n') ? line[..^1] : line;
        return Encoding.UTF8.GetString(line.EndsWith((byte)'\r') ? line[..^1] : line);
    }

    /// <summary>The number of spaces a line starts with.</summary>
    public int Indentation(int lineIndex)
    {
        var line = Text[LineStart(lineIndex)..NextLineStart(lineIndex)];
        var indent = line.IndexOfAnyExcept((byte)' ');
        return indent < 0 ? line.Length : indent;
    }

    /// <summary>True for the white space a fix steps over: the ASCII blanks and line breaks (JSON and YAML have no others).</summary>
    public static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>The new bytes: the original with every insertion applied, and the BOM kept.</summary>
    public byte[] Apply(IEnumerable<TextInsertion> insertions)
    {
        var ordered = TextInsertion.InWriteOrder(insertions).ToList();
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

        var position = 0;
        foreach (var insertion in ordered)
        {
            Text[position..insertion.Offset].CopyTo(result.AsSpan(written));
            written += insertion.Offset - position;
            written += Encoding.UTF8.GetBytes(insertion.Text, result.AsSpan(written));
            position = insertion.Offset;
        }

        Text[position..].CopyTo(result.AsSpan(written));
        return result;
    }

    private static bool FindLoneCarriageReturn(ReadOnlySpan<byte> text)
    {
        for (var i = text.IndexOf((byte)'\r'); i >= 0; i = text[(i + 1)..].IndexOf((byte)'\r') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i + 1 == text.Length || text[i + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }
}
