using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>Finds the node a <see cref="DocumentPointer"/> names in a document tree (pointers themselves are the leaf core's; trees are Loading's).</summary>
public static class NodeLookup
{
    /// <summary>The node a pointer names inside <paramref name="root"/>, or null when there is none.</summary>
    public static SourceNode? Resolve(SourceNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in DocumentPointer.Segments(pointer))
        {
            node = node switch
            {
                SourceObject map when map.TryGetValue(segment, out var child) => child,
                SourceArray list when int.TryParse(segment, out var index) && index >= 0 && index < list.Count => list[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
