namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>MarkupContent</c>.</summary>
public sealed record MarkupContent(string Kind, string Value);
