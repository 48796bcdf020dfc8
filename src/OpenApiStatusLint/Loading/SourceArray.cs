using System.Collections;

namespace OpenApiStatusLint.Loading;

/// <summary>A list; each item knows its own place.</summary>
public sealed class SourceArray : SourceNode, IReadOnlyList<SourceNode>
{
    private readonly List<SourceNode> items;

    internal SourceArray(string file, SourceSpan span, List<SourceNode> items)
        : base(file, span)
    {
        this.items = items;
    }

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public SourceNode this[int index] => items[index];

    /// <inheritdoc />
    public IEnumerator<SourceNode> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override SourceNode DeepClone() => new SourceArray(File, Span, items.Select(item => item.DeepClone()).ToList());

    /// <summary>Puts another node in place of an item (an external <c>$ref</c> read in).</summary>
    internal void Replace(int index, SourceNode value) => items[index] = value;
}
