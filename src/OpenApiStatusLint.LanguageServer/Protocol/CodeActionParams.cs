namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);
