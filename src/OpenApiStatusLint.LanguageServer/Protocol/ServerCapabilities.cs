namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>What the server offers.</summary>
/// <param name="TextDocumentSync">Open/close, full text on change, text on save.</param>
/// <param name="CodeActionProvider">The code action kinds.</param>
/// <param name="HoverProvider">Hover on response-code keys.</param>
public sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, CodeActionOptions CodeActionProvider, bool HoverProvider);
