namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentSyncKind</c>: how the editor sends a change.</summary>
public static class TextDocumentSyncKind
{
    /// <summary>The whole text on every change.</summary>
    public const int Full = 1;

    /// <summary>Only the replaced ranges and their new text.</summary>
    public const int Incremental = 2;
}
