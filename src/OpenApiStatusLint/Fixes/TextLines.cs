using System.Text;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The lines of a UTF-8 text by their offsets, each with its <c>\n</c> (the last one may have
/// none): a diff of a 13 MB file has hundreds of thousands of lines and prints a few thousand, so
/// lines are decoded only when printed.
/// </summary>
internal sealed class TextLines
{
    private readonly ReadOnlyMemory<byte> text;
    private readonly LineIndex lines;

    public TextLines(string text)
        : this(Encoding.UTF8.GetBytes(text), null)
    {
    }

    /// <summary>The lines of a file whose line starts are already known (a fix found them to place its insertions).</summary>
    public TextLines(ReadOnlyMemory<byte> text, LineIndex? lines)
    {
        this.text = text;
        this.lines = lines ?? new LineIndex(text);
        // The offset after a final \n starts no line.
        Count = this.lines.LineStart(this.lines.LineCount) < text.Length ? this.lines.LineCount : this.lines.LineCount - 1;
    }

    public int Count { get; }

    /// <summary>Line <paramref name="index"/> (0-based) with its line break.</summary>
    public string this[int index] => Encoding.UTF8.GetString(Bytes(index));

    /// <summary>True when line <paramref name="index"/> (with its line break) is <paramref name="line"/>.</summary>
    public bool Is(int index, string line) => this[index] == line;

    /// <summary>Line <paramref name="index"/> (0-based) with its line break.</summary>
    public ReadOnlySpan<char> Span(int index) => this[index];

    private ReadOnlySpan<byte> Bytes(int index)
    {
        var start = lines.LineStart(index + 1);
        var end = index + 1 < Count ? lines.LineStart(index + 2) : text.Length;
        return text.Span[start..end];
    }
}
