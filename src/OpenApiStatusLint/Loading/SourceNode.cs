using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// One node of a document as read: a mapping, a list or a scalar, knowing the file it is written
/// in and the span of its value there. Keys and their spans belong to the <see cref="SourceMember"/>
/// that holds the node, so a node read in from another file (a <c>$ref</c>) or reached through a
/// YAML alias keeps its own place while the key stays where the referring document wrote it.
/// </summary>
public abstract class SourceNode
{
    private protected SourceNode(string file, SourceSpan span)
    {
        File = file;
        Span = span;
    }

    /// <summary>The full path of the file the node is written in.</summary>
    public string File { get; }

    /// <summary>Where the value is written, from its first character to just past its last.</summary>
    public SourceSpan Span { get; }

    /// <summary>The span as a range in <see cref="File"/>.</summary>
    public SourceRange Range => new(File, Span.Line, Span.Column, Span.EndLine, Span.EndColumn);

    /// <summary>The member <paramref name="key"/> of a mapping; null for anything else or when absent.</summary>
    public SourceNode? this[string key] => this is SourceObject map && map.TryGetValue(key, out var value) ? value : null;

    /// <summary>A copy of the whole subtree, with the same files and spans (an external <c>$ref</c> target read in at one more place).</summary>
    internal abstract SourceNode DeepClone();
}
