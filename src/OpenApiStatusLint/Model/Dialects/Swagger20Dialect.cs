using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model.Schemas;

namespace OpenApiStatusLint.Model.Dialects;

/// <summary>
/// Swagger 2.0: no <c>trace</c> and no cookies; the request body is an <c>in: body</c> or
/// <c>formData</c> parameter; a response's body is its <c>schema</c>; shared things live in
/// <c>responses</c> and <c>definitions</c>.
/// </summary>
public sealed class Swagger20Dialect : OpenApiDialect
{
    private Swagger20Dialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static Swagger20Dialect Instance { get; } = new();

    /// <inheritdoc />
    public override string SharedResponsesPointer => "#/responses";

    /// <inheritdoc />
    public override string SharedSchemasPointer => "#/definitions";

    /// <inheritdoc />
    public override bool SchemaOnResponse => true;

    /// <inheritdoc />
    public override bool HasCallbacks => false;

    /// <inheritdoc />
    protected override IReadOnlySet<string> FixedMethods { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch" };

    /// <inheritdoc />
    public override ParameterLocation? LocationOf(string? location) => location == "cookie" ? null : base.LocationOf(location);

    /// <inheritdoc />
    public override bool IsBodyParameter(string? location) => location is "body" or "formData";

    /// <inheritdoc />
    public override ApiRequestBody? RequestBody(SourceObject operation, string operationPointer, LocalReferences references, Action<string, string> problem) => null;

    /// <inheritdoc />
    public override IReadOnlyList<ApiMediaType> Content(SourceObject response, string responsePointer, LocalReferences references)
    {
        if (response["schema"] is not { } schema || schema is SourceScalar { Kind: ScalarKind.Null })
        {
            return [];
        }

        var produces = references.At("#/produces") is SourceArray types && types.FirstOrDefault() is SourceScalar { Kind: ScalarKind.String } first ? first.Text : "application/json";
        return [new ApiMediaType(produces, SchemaView.Of(schema, DocumentPointer.Append(responsePointer, "schema"), references))];
    }
}
