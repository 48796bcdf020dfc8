namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentPositionParams</c> (<c>textDocument/hover</c>).</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, LspPosition Position);
