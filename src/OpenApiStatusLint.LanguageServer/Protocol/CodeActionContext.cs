namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeActionContext</c>.</summary>
public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics)
{
    /// <summary>The kinds the client wants (<c>quickfix</c>, <c>source.fixAll</c>), or null for every kind.</summary>
    public IReadOnlyList<string>? Only { get; init; }
}
