using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>path-has-parameters: true</c>.</summary>
public sealed class PathHasParametersEntry : FlagConditionEntry
{
    /// <inheritdoc />
    public override string Name => "path-has-parameters";

    /// <inheritdoc />
    public override string Doc => "Whether the path has a template parameter, such as `/items/{id}`.";

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  path-has-parameters: true\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
              /items/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                get:
                  responses: # expected finding
                    '200': {description: OK}

            """));

    /// <inheritdoc />
    protected override bool Property(ApiOperation operation) => operation.HasPathTemplate;
}
