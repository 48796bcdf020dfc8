namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>DiagnosticRelatedInformation</c>: a <c>$ref</c> target, or an operation that uses a shared definition.</summary>
public sealed record DiagnosticRelatedInformation(LspLocation Location, string Message);
