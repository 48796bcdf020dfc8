namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>Location</c>.</summary>
public sealed record LspLocation(string Uri, LspRange Range);
