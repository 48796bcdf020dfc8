namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentContentChangeEvent</c>: a range replaced (incremental sync), or the whole new text when it has no range.</summary>
public sealed record TextDocumentContentChangeEvent(string Text)
{
    /// <summary>The replaced range, for an incremental change.</summary>
    public LspRange? Range { get; init; }
}
