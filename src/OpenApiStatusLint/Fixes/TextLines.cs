namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The lines of a text by their offsets, each with its <c>\n</c> (the last one may have none):
/// a diff of a 13 MB file has hundreds of thousands of lines and prints a few thousand, so
/// lines are made into strings only when printed.
/// </summary>
internal sealed class TextLines
{
    private readonly string text;
    private readonly List<int> starts;
    private readonly int count;

    public TextLines(string text)
    {
        this.text = text;
        starts = [];
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', start))
        {
            starts.Add(start);
            start = i + 1;
        }

        if (start < text.Length)
        {
            starts.Add(start);
        }

        count = starts.Count;
    }

    /// <summary>
    /// The lines of a file whose line starts are already known (a fix found them to place its
    /// insertions): <paramref name="lineStarts"/> begins with 0 and has the offset after every
    /// <c>\n</c>, so an offset at the very end starts no line.
    /// </summary>
    public TextLines(string text, List<int> lineStarts)
    {
        this.text = text;
        starts = lineStarts;
        count = lineStarts[^1] < text.Length ? lineStarts.Count : lineStarts.Count - 1;
    }

    public int Count => count;

    /// <summary>Line <paramref name="index"/> (0-based) with its line break.</summary>
    public string this[int index] => Span(index).ToString();

    /// <summary>True when line <paramref name="index"/> (with its line break) is <paramref name="line"/>.</summary>
    public bool Is(int index, string line) => Span(index).SequenceEqual(line);

    /// <summary>Line <paramref name="index"/> (0-based) with its line break, without copying it.</summary>
    public ReadOnlySpan<char> Span(int index)
    {
        var start = starts[index];
        var end = index + 1 < count ? starts[index + 1] : text.Length;
        return text.AsSpan(start, end - start);
    }
}
