using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model.Dialects;

/// <summary>OpenAPI 3.0: eight methods (with <c>trace</c>), <c>requestBody</c>, <c>content</c> and <c>components</c>.</summary>
public class OpenApi30Dialect : OpenApiDialect
{
    /// <summary>For the versions built on this one.</summary>
    protected OpenApi30Dialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static OpenApi30Dialect Instance { get; } = new();

    /// <inheritdoc />
    protected override IReadOnlySet<string> FixedMethods { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace" };
}
