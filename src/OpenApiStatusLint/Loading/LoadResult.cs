using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>The outcome of reading one file: a document when it could be read, and what was wrong with the input.</summary>
/// <param name="File">The full path that was asked for.</param>
/// <param name="Document">The document, or null when the input could not be read as OpenAPI.</param>
/// <param name="Diagnostics">Problems with the input, located.</param>
public sealed record LoadResult(string File, LoadedDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the input could not be read; the run then exits with 2.</summary>
    public bool Failed => Document is null || Diagnostics.Any(d => d.Severity == Severity.Error);
}
