using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Answers where a JSON pointer of a loaded document is written, by walking the positioned tree
/// to the node it names. Content that came from another file through a <c>$ref</c> keeps that
/// file's positions, and the place of the <c>$ref</c> itself is remembered in <see cref="ExternalReferences"/>.
/// </summary>
public sealed class SourceMap
{
    private readonly SourceNode root;
    private readonly Dictionary<string, ExternalReference> externalReferences = new(StringComparer.Ordinal);

    internal SourceMap(string rootFile, SourceNode root)
    {
        RootFile = rootFile;
        this.root = root;
    }

    /// <summary>The file the document was loaded from.</summary>
    public string RootFile { get; }

    /// <summary>Every <c>$ref</c> to another file that was followed, keyed by the pointer of the object that held it.</summary>
    public IReadOnlyDictionary<string, ExternalReference> ExternalReferences => externalReferences;

    /// <summary>The entry for exactly this pointer, if the document has a node there.</summary>
    public bool TryGetEntry(string pointer, out SourceEntry entry)
    {
        var (found, exact) = Walk(pointer);
        entry = found;
        return exact;
    }

    /// <summary>
    /// The nearest written place for a pointer: itself, or else its closest ancestor (a model
    /// pointer may name something the source only implies), or else the start of the root file.
    /// </summary>
    public SourceRange Locate(string pointer) => FindEntry(pointer)?.KeyRange ?? SourceRange.StartOf(RootFile);

    /// <summary>The entry of the pointer or of its closest written ancestor.</summary>
    public SourceEntry? FindEntry(string pointer) => Walk(pointer).Entry;

    /// <summary>The file that holds the text of a pointer (for multi-file documents).</summary>
    public string FileOf(string pointer) => FindEntry(pointer)?.File ?? RootFile;

    internal void AddExternalReference(string pointer, ExternalReference reference) => externalReferences[pointer] = reference;

    /// <summary>The entry of a mapping's member: its key and the value written there (a <c>$ref</c> read in from another file is the <c>$ref</c> object).</summary>
    public static SourceEntry EntryOf(SourceMember member, string mapFile) =>
        member.WrittenValue.File == mapFile
            ? new SourceEntry(mapFile, member.KeySpan, member.WrittenValue.Span)
            : EntryOf(member.WrittenValue);

    /// <summary>The entry of a node without a key of its own (a list item, the root), which stands for its key.</summary>
    public static SourceEntry EntryOf(SourceNode node) =>
        new(node.File, new SourceSpan(node.Span.Line, node.Span.Column, node.Span.Line, node.Span.Column + 1), node.Span);

    private (SourceEntry Entry, bool Exact) Walk(string pointer)
    {
        var node = root;
        var entry = EntryOf(root);
        foreach (var segment in DocumentPointer.Segments(pointer))
        {
            switch (node)
            {
                case SourceObject map when map.TryGetMember(segment, out var member):
                    entry = EntryOf(member, map.File);
                    node = member.Value;
                    continue;
                case SourceArray list when int.TryParse(segment, out var index) && index >= 0 && index < list.Count:
                    node = list[index];
                    entry = EntryOf(node);
                    continue;
            }

            return (entry, false);
        }

        return (entry, true);
    }
}
