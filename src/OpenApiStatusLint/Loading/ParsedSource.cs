namespace OpenApiStatusLint.Loading;

/// <summary>One file read into a positioned tree.</summary>
/// <param name="File">Full path.</param>
/// <param name="Format">JSON or YAML, as sniffed from the content.</param>
/// <param name="Root">The tree; null for an empty YAML stream.</param>
public sealed record ParsedSource(string File, DocumentFormat Format, SourceNode? Root)
{
    /// <summary>True when some <c>$ref</c> points outside the file (only those need the resolver's walk).</summary>
    public bool HasExternalReferences { get; init; }
}
