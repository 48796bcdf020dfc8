namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentIdentifier</c> (and <c>VersionedTextDocumentIdentifier</c>, whose version is set).</summary>
public sealed record TextDocumentIdentifier(string Uri)
{
    /// <summary>The version after a change; null elsewhere.</summary>
    public int? Version { get; init; }
}
