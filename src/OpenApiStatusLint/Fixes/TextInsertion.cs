using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Text to insert at a character offset of one file. Insertions at the same offset are applied
/// deepest map first (<see cref="Depth"/> descending), so that a nested map's new lines come
/// before a new key of its parent, then in the order they were made.
/// </summary>
/// <param name="Offset">Where the text goes, as an offset of the decoded text.</param>
/// <param name="Text">What is inserted.</param>
/// <param name="Depth">How deep the map is (its pointer's segments).</param>
/// <param name="Sequence">The order the insertion was made in.</param>
/// <param name="Map">The existing map the text adds members to: what the fixed text is checked against.</param>
internal readonly record struct TextInsertion(int Offset, string Text, int Depth, int Sequence, SourceObject Map)
{
    /// <summary>The insertions in the order they are written into the text: by offset, then as above.</summary>
    public static IOrderedEnumerable<TextInsertion> InWriteOrder(IEnumerable<TextInsertion> insertions) =>
        insertions.OrderBy(i => i.Offset).ThenByDescending(i => i.Depth).ThenBy(i => i.Sequence);
}
