namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The lines of a text by their offsets, each with its <c>\n</c> (the last one may have none):
/// a diff of a 13 MB file has hundreds of thousands of lines and prints a few thousand, so
/// lines are made into strings only when printed.
/// </summary>
internal sealed class TextLines
{
    private readonly string text;
    private readonly List<int> starts = [];

    public TextLines(string text)
    {
        this.text = text;
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
    }

    public int Count => starts.Count;

    /// <summary>Line <paramref name="index"/> (0-based) with its line break.</summary>
    public string this[int index] => Span(index).ToString();

    /// <summary>True when line <paramref name="index"/> (with its line break) is <paramref name="line"/>.</summary>
    public bool Is(int index, string line) => Span(index).SequenceEqual(line);

    private ReadOnlySpan<char> Span(int index)
    {
        var start = starts[index];
        var end = index + 1 < starts.Count ? starts[index + 1] : text.Length;
        return text.AsSpan(start, end - start);
    }
}
