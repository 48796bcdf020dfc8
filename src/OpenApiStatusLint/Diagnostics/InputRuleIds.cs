namespace OpenApiStatusLint.Diagnostics;

/// <summary>Rule ids for problems with the input itself rather than with the API it describes.</summary>
public static class InputRuleIds
{
    /// <summary>The file is not readable JSON or YAML, or has a duplicate key.</summary>
    public const string ParseError = "parse-error";

    /// <summary>The file is JSON or YAML but not an OpenAPI document of a supported version.</summary>
    public const string NotOpenApi = "not-openapi";

    /// <summary>A <c>$ref</c> that cannot be followed: missing file, circular, or remote.</summary>
    public const string UnresolvedReference = "unresolved-ref";

    /// <summary>statuslint itself failed on the file (a bug): the file is reported as not checked and the run goes on.</summary>
    public const string InternalError = "internal-error";

    /// <summary>Microsoft.OpenApi rejected part of the document's structure.</summary>
    public const string InvalidStructure = "invalid-openapi";
}
