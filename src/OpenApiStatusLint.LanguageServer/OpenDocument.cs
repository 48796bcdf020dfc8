using OpenApiStatusLint.LanguageServer.Protocol;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>A document the editor has open: its text as the editor holds it, and its last lint.</summary>
/// <param name="uri">The URI as the editor spells it (diagnostics go back under the same string).</param>
/// <param name="path">Its full path.</param>
public sealed class OpenDocument(string uri, string path)
{
    /// <summary>The URI as the editor sent it.</summary>
    public string Uri { get; } = uri;

    /// <summary>The full path.</summary>
    public string Path { get; } = path;

    /// <summary>The editor's text, saved or not.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The editor's version of <see cref="Text"/>.</summary>
    public int Version { get; set; }

    /// <summary>The last lint, or null before the first and while a newer one runs (or after one was stopped).</summary>
    public DocumentAnalysis? Analysis { get; set; }

    /// <summary>Whether the last finished lint found an OpenAPI document: a broken edit of a spec still gets its parse error.</summary>
    public bool IsOpenApi { get; set; }

    /// <summary>What was published for each file from this document's last lint (its own file and any <c>$ref</c>'d file).</summary>
    public Dictionary<string, IReadOnlyList<LspDiagnostic>> Published { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the last lint is of the current text and settings.</summary>
    public bool IsCurrent => Analysis is { } analysis && analysis.Version == Version && !Stale;

    /// <summary>Set when something the lint depends on (config, a <c>$ref</c>'d file, the settings) changed.</summary>
    public bool Stale { get; set; }
}
