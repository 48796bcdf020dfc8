using System.Runtime.InteropServices;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The files that fixes are written into, read once, and whether each existing map can take new
/// members. The planner asks before it plans anything into a map, so a fix that cannot be placed
/// is known while it is planned, and the insertions of every other fix are made in one pass.
/// </summary>
/// <param name="document">The document as loaded.</param>
/// <param name="contents">The bytes of files whose text is not what is on disk (an editor's unsaved buffers), by full path.</param>
internal sealed class MapPlacement(LoadedDocument document, IReadOnlyDictionary<string, byte[]>? contents)
{
    private readonly Dictionary<string, SourceFile> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> unreadable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> problems = new(StringComparer.Ordinal);

    /// <summary>Why new members cannot be added to <paramref name="map"/> (found at <paramref name="pointer"/>), or null when they can.</summary>
    public string? ProblemWith(string pointer, SourceObject map)
    {
        if (!problems.TryGetValue(pointer, out var problem))
        {
            problem = problems[pointer] = File(map.File) is { } file ? MapPatcher.Problem(file, map, pointer) : unreadable[map.File];
        }

        return problem;
    }

    /// <summary>The text of <paramref name="path"/> as read for <see cref="ProblemWith"/>.</summary>
    public SourceFile FileOf(string path) => files[path];

    private SourceFile? File(string path)
    {
        if (files.TryGetValue(path, out var file))
        {
            return file;
        }

        if (unreadable.ContainsKey(path))
        {
            return null;
        }

        try
        {
            return files[path] = contents is not null && contents.TryGetValue(path, out var held)
                ? SourceFile.From(path, held)
                : path == document.File && !document.Content.IsEmpty
                ? new SourceFile(path, WholeArray(document.Content))
                : SourceFile.Read(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The file is read from disk at the edge of the fix stage; not being able to is an outcome, not a crash.
            unreadable[path] = exception.Message;
            return null;
        }
    }

    /// <summary>The bytes as an array: the loader's own when the memory is all of one (nothing changes them), else a copy.</summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToArray();
}
