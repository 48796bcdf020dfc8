using System.Collections;

namespace OpenApiStatusLint.Loading;

/// <summary>A list; each item knows its own place.</summary>
public sealed class SourceArray : SourceNode, IReadOnlyList<SourceNode>
{
    private readonly SourceNode[] items;

    internal SourceArray(string file, SourceSpan span, SourceNode[] items)
        : base(file, span)
    {
        this.items = items;
    }

    /// <inheritdoc />
    public int Count => items.Length;

    /// <inheritdoc />
    public SourceNode this[int index] => items[index];

    /// <summary>The items in order, without allocating for <c>foreach</c>.</summary>
    public ArrayEnumerator<SourceNode> GetEnumerator() => new(items);

    IEnumerator<SourceNode> IEnumerable<SourceNode>.GetEnumerator() => ((IEnumerable<SourceNode>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    internal override SourceNode DeepClone() => new SourceArray(File, Span, items.Select(item => item.DeepClone()).ToArray());

    /// <summary>Puts another node in place of an item (an external <c>$ref</c> read in).</summary>
    internal void Replace(int index, SourceNode value) => items[index] = value;
}
