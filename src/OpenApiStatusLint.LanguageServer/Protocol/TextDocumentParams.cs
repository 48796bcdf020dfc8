namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didClose</c>, and of any request that names only a document.</summary>
public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);
