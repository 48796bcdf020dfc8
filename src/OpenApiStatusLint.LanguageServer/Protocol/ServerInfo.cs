namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>serverInfo</c>.</summary>
public sealed record ServerInfo(string Name, string Version);
