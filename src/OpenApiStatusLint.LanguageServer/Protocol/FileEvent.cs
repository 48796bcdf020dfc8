namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>FileEvent</c>; <see cref="Type"/>: 1 created, 2 changed, 3 deleted.</summary>
public sealed record FileEvent(string Uri, int Type);
