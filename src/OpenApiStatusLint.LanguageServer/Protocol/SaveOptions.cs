namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>SaveOptions</c>.</summary>
public sealed record SaveOptions(bool IncludeText);
