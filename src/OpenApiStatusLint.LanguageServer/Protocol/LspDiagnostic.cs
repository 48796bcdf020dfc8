namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>Diagnostic</c>. <see cref="Severity"/>: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record LspDiagnostic(LspRange Range, int Severity, string Code, string Source, string Message)
{
    /// <summary>The rule's page.</summary>
    public CodeDescription? CodeDescription { get; init; }

    /// <summary>The <c>$ref</c> chain, or the operations that use a shared definition.</summary>
    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
}
