using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model.Dialects;

/// <summary>OpenAPI 3.2: as 3.1, plus the <c>query</c> method, <c>additionalOperations</c> (any other method) and <c>in: querystring</c>.</summary>
public sealed class OpenApi32Dialect : OpenApi31Dialect
{
    private OpenApi32Dialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static new OpenApi32Dialect Instance { get; } = new();

    /// <inheritdoc />
    protected override IReadOnlySet<string> FixedMethods { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch", "trace", "query" };

    /// <inheritdoc />
    public override IEnumerable<(string Method, string Pointer, SourceObject Node)> Operations(SourceObject pathItem, string pathItemPointer)
    {
        foreach (var (key, value) in pathItem)
        {
            if (value is not SourceObject node)
            {
                continue;
            }

            if (FixedMethods.Contains(key))
            {
                yield return (key.ToUpperInvariant(), DocumentPointer.Append(pathItemPointer, key), node);
            }
            else if (key == "additionalOperations")
            {
                var additionalPointer = DocumentPointer.Append(pathItemPointer, key);
                foreach (var (method, operation) in node)
                {
                    if (operation is SourceObject additional)
                    {
                        yield return (method.ToUpperInvariant(), DocumentPointer.Append(additionalPointer, method), additional);
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public override ParameterLocation? LocationOf(string? location) => location == "querystring" ? ParameterLocation.QueryString : base.LocationOf(location);
}
