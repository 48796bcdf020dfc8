namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentContentChangeEvent</c>: the whole new text (the server asks for full sync), or a range replaced.</summary>
public sealed record TextDocumentContentChangeEvent(string Text)
{
    /// <summary>The replaced range, for an incremental change.</summary>
    public LspRange? Range { get; init; }
}
