namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextEdit</c>; the fix engine only inserts, so every range is empty.</summary>
public sealed record TextEdit(LspRange Range, string NewText);
