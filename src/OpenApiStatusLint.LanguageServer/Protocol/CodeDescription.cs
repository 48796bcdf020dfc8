namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeDescription</c>: the rule's page.</summary>
public sealed record CodeDescription(string Href);
