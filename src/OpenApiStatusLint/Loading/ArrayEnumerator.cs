namespace OpenApiStatusLint.Loading;

/// <summary>
/// Walks an array without allocating, for <c>foreach</c> over the tree's mappings and lists (the
/// interface enumerators box, which shows on a walk over a whole 13 MB document). Unlike a span's
/// enumerator it may live across a <c>yield return</c>.
/// </summary>
public struct ArrayEnumerator<T>
{
    private readonly T[] items;
    private int index;

    internal ArrayEnumerator(T[] items)
    {
        this.items = items;
        index = -1;
    }

    /// <summary>The item at the enumerator's place.</summary>
    public readonly T Current => items[index];

    /// <summary>Moves to the next item; false past the last.</summary>
    public bool MoveNext() => ++index < items.Length;
}
