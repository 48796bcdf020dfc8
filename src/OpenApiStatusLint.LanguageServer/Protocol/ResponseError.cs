namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>A JSON-RPC error object.</summary>
public sealed record ResponseError(int Code, string Message);
