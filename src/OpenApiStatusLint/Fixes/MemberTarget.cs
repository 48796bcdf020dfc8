using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Where a new member would go: into the existing <see cref="Map"/> at <see cref="Pointer"/>,
/// with the path's segments from <see cref="Index"/> on created inside it.
/// </summary>
/// <param name="Pointer">The pointer of the deepest existing map on the member's path.</param>
/// <param name="Map">That map; null when it is not a map or the member exists.</param>
/// <param name="Index">The first segment of the path that does not exist yet.</param>
/// <param name="Exists">True when the member is already in the document: nothing to add.</param>
/// <param name="Problem">Why the member cannot be placed, or null.</param>
internal readonly record struct MemberTarget(string Pointer, SourceObject? Map, int Index, bool Exists, string? Problem);
