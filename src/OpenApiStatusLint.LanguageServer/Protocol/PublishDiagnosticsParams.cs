namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>.</summary>
public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics)
{
    /// <summary>The version of the text the diagnostics were computed from, when it is an open document.</summary>
    public int? Version { get; init; }
}
