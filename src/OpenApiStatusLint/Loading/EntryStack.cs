using System.Runtime.InteropServices;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// The entries of the collections being read, kept on one list shared by all levels: each
/// collection's entries sit above its parent's and are taken off, as an array of exactly their
/// number, when it ends. A list per collection, doubling as it grew, was a fifth of a large
/// spec's parse.
/// </summary>
internal static class EntryStack
{
    /// <summary>The entries of <paramref name="stack"/> from <paramref name="start"/> on, taken off it.</summary>
    public static T[] Take<T>(List<T> stack, int start)
    {
        var taken = CollectionsMarshal.AsSpan(stack)[start..].ToArray();
        stack.RemoveRange(start, stack.Count - start);
        return taken;
    }
}
