namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didSave</c>; <see cref="Text"/> is sent because the server asks for it.</summary>
public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);
