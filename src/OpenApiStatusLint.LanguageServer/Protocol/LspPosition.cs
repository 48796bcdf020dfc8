namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>Position</c>: 0-based line and UTF-16 character offset (the protocol's default encoding).</summary>
public sealed record LspPosition(int Line, int Character);
