namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didChange</c>.</summary>
public sealed record DidChangeTextDocumentParams(TextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);
