using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>path-has-parameters: true</c>.</summary>
public sealed class PathHasParametersEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "path-has-parameters";

    /// <inheritdoc />
    public override string Doc => "Whether the path has a template parameter, such as `/items/{id}`.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new BooleanArgument();

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
    protected override ICondition Build(PackNode argument, PackContext context) =>
        new FlagCondition(operation => operation.HasPathTemplate, argument.Boolean(true));
}
