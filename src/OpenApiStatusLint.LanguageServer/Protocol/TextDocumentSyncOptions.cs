namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentSyncOptions</c>; <see cref="Change"/> is a <see cref="TextDocumentSyncKind"/>.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
