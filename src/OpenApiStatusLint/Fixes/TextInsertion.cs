namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Text to insert at a character offset of one file. Insertions at the same offset are applied
/// deepest map first (<see cref="Depth"/> descending), so that a nested map's new lines come
/// before a new key of its parent, then in the order they were made.
/// </summary>
internal readonly record struct TextInsertion(int Offset, string Text, int Depth, int Sequence);
