using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Maps every JSON pointer of a loaded document to where it is written. Content that came from
/// another file through a <c>$ref</c> keeps that file's positions, and the place of the
/// <c>$ref</c> itself is remembered in <see cref="ExternalReferences"/>.
/// </summary>
/// <remarks>
/// For a large JSON file the full map costs more than the lint itself, so callers that know which
/// pointers they will ask for call <see cref="Prefetch"/> first; anything else builds the full
/// map on first use.
/// </remarks>
public sealed class SourceMap
{
    private readonly Lazy<Dictionary<string, SourceEntry>> rootEntries;
    private readonly JsonPositionLocator? locator;
    private readonly Dictionary<string, SourceEntry> grafted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SourceEntry Entry, bool Exact)> prefetched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExternalReference> externalReferences = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    internal SourceMap(string rootFile, Lazy<Dictionary<string, SourceEntry>> entries, JsonPositionLocator? locator = null)
    {
        RootFile = rootFile;
        rootEntries = entries;
        this.locator = locator;
    }

    internal SourceMap(string rootFile, Dictionary<string, SourceEntry> entries)
        : this(rootFile, new Lazy<Dictionary<string, SourceEntry>>(entries))
    {
    }

    /// <summary>The file the document was loaded from.</summary>
    public string RootFile { get; }

    /// <summary>Number of pointers with a known position (builds the full map).</summary>
    public int Count => rootEntries.Value.Count + grafted.Count;

    /// <summary>Every <c>$ref</c> to another file that was followed, keyed by the pointer of the object that held it.</summary>
    public IReadOnlyDictionary<string, ExternalReference> ExternalReferences => externalReferences;

    /// <summary>Finds the places of these pointers now, in one pass, without building the full map.</summary>
    public void Prefetch(IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        if (locator is null || rootEntries.IsValueCreated)
        {
            return;
        }

        lock (gate)
        {
            var missing = pointers.Where(pointer => !prefetched.ContainsKey(pointer)).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            foreach (var (pointer, found) in locator.Locate(missing))
            {
                prefetched[pointer] = found;
            }
        }
    }

    /// <summary>The entry for exactly this pointer, if it was written in a file.</summary>
    public bool TryGetEntry(string pointer, out SourceEntry entry)
    {
        if (grafted.TryGetValue(pointer, out entry))
        {
            return true;
        }

        lock (gate)
        {
            if (prefetched.TryGetValue(pointer, out var found) && found.Exact)
            {
                entry = found.Entry;
                return true;
            }
        }

        return rootEntries.Value.TryGetValue(pointer, out entry);
    }

    /// <summary>
    /// The nearest written place for a pointer: itself, or else its closest ancestor (a model
    /// pointer may name something the source only implies), or else the start of the root file.
    /// </summary>
    public SourceRange Locate(string pointer) => FindEntry(pointer)?.KeyRange ?? SourceRange.StartOf(RootFile);

    /// <summary>The entry of the pointer or of its closest written ancestor.</summary>
    public SourceEntry? FindEntry(string pointer)
    {
        if (grafted.Count > 0)
        {
            for (string? current = pointer; current is not null; current = DocumentPointer.Parent(current))
            {
                if (grafted.TryGetValue(current, out var entry))
                {
                    return entry;
                }
            }
        }

        lock (gate)
        {
            if (prefetched.TryGetValue(pointer, out var found))
            {
                return found.Entry;
            }
        }

        var entries = rootEntries.Value;
        for (string? current = pointer; current is not null; current = DocumentPointer.Parent(current))
        {
            if (entries.TryGetValue(current, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The file that holds the text of a pointer (for multi-file documents).</summary>
    public string FileOf(string pointer) => FindEntry(pointer)?.File ?? RootFile;

    internal void Graft(string pointer, IReadOnlyDictionary<string, SourceEntry> otherEntries, string otherPointer)
    {
        foreach (var (key, entry) in otherEntries)
        {
            if (key != otherPointer && key.StartsWith(otherPointer + "/", StringComparison.Ordinal))
            {
                grafted[pointer + key[otherPointer.Length..]] = entry;
            }
        }
    }

    internal void AddExternalReference(string pointer, ExternalReference reference) => externalReferences[pointer] = reference;
}
