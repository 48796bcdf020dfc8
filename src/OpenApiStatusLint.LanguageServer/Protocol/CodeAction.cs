namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeAction</c> with its edit computed up front.</summary>
public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit)
{
    /// <summary>The diagnostics the action fixes.</summary>
    public IReadOnlyList<LspDiagnostic>? Diagnostics { get; init; }

    /// <summary>True for the quick fix of one finding: editors apply it with a single key.</summary>
    public bool? IsPreferred { get; init; }
}
