using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>has-request-body: true</c>.</summary>
public sealed class HasRequestBodyEntry : FlagConditionEntry
{
    /// <inheritdoc />
    public override string Name => "has-request-body";

    /// <inheritdoc />
    public override string Doc => "Whether the operation takes a request body (`requestBody`, or a Swagger 2.0 `in: body` or `in: formData` parameter).";

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  has-request-body: true\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                post:
                  requestBody:
                    content:
                      application/json: {schema: {type: object}}
                  responses: # expected finding
                    '201': {description: Created}

            """));

    /// <inheritdoc />
    protected override bool Property(ApiOperation operation) => operation.RequestBody is not null;
}
