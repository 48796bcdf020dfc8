using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Maps every JSON pointer of a loaded document to where it is written. Content that came from
/// another file through a <c>$ref</c> keeps that file's positions, and the place of the
/// <c>$ref</c> itself is remembered in <see cref="ExternalReferences"/>.
/// </summary>
public sealed class SourceMap
{
    private readonly Task<Dictionary<string, SourceEntry>> pendingEntries;
    private readonly Dictionary<string, ExternalReference> externalReferences = new(StringComparer.Ordinal);

    internal SourceMap(string rootFile, Task<Dictionary<string, SourceEntry>> entries)
    {
        RootFile = rootFile;
        pendingEntries = entries;
    }

    internal SourceMap(string rootFile, Dictionary<string, SourceEntry> entries)
        : this(rootFile, Task.FromResult(entries))
    {
    }

    /// <summary>The file the document was loaded from.</summary>
    public string RootFile { get; }

    // JSON positions are computed on another thread while the model is built; the first use waits.
    private Dictionary<string, SourceEntry> Entries => pendingEntries.GetAwaiter().GetResult();

    /// <summary>Number of pointers with a known position.</summary>
    public int Count => Entries.Count;

    /// <summary>Every <c>$ref</c> to another file that was followed, keyed by the pointer of the object that held it.</summary>
    public IReadOnlyDictionary<string, ExternalReference> ExternalReferences => externalReferences;

    /// <summary>The entry for exactly this pointer, if it was written in a file.</summary>
    public bool TryGetEntry(string pointer, out SourceEntry entry) => Entries.TryGetValue(pointer, out entry);

    /// <summary>
    /// The nearest written place for a pointer: itself, or else its closest ancestor (a model
    /// pointer may name something the source only implies), or else the start of the root file.
    /// </summary>
    public SourceRange Locate(string pointer) => FindEntry(pointer)?.KeyRange ?? SourceRange.StartOf(RootFile);

    /// <summary>The entry of the pointer or of its closest written ancestor.</summary>
    public SourceEntry? FindEntry(string pointer)
    {
        for (string? current = pointer; current is not null; current = DocumentPointer.Parent(current))
        {
            if (Entries.TryGetValue(current, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The file that holds the text of a pointer (for multi-file documents).</summary>
    public string FileOf(string pointer) => FindEntry(pointer)?.File ?? RootFile;

    /// <summary>Waits for the positions, rethrowing a located duplicate-key error found while computing them.</summary>
    internal void EnsureComplete() => _ = Entries;

    internal void Graft(string pointer, IReadOnlyDictionary<string, SourceEntry> otherEntries, string otherPointer)
    {
        var prefix = otherPointer;
        var self = Entries;
        foreach (var (key, entry) in otherEntries)
        {
            if (key == prefix)
            {
                continue;
            }

            if (key.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                self[pointer + key[prefix.Length..]] = entry;
            }
        }
    }

    internal void AddExternalReference(string pointer, ExternalReference reference) => externalReferences[pointer] = reference;
}
