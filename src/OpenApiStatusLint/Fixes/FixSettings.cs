namespace OpenApiStatusLint.Fixes;

/// <summary>The <c>fix</c> section: what <c>statuslint fix</c> inserts.</summary>
public sealed record FixSettings
{
    /// <summary>The name of the shared error schema (default <c>Error</c>).</summary>
    public string ErrorSchemaName { get; init; } = "Error";

    /// <summary>An existing schema to use by <c>$ref</c> instead of creating one (for example <c>#/components/schemas/ApiError</c>).</summary>
    public string? ErrorSchemaRef { get; init; }

    /// <summary>Insert RFC 9457 <c>application/problem+json</c> bodies instead of the guideline's <c>{code, type, message}</c>.</summary>
    public bool ProblemDetails { get; init; }

    /// <summary>Names of the shared responses by status code (default: <c>401</c> → <c>Unauthorized</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> ResponseNames { get; init; } = new Dictionary<string, string>();
}
