using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>secured: true</c>.</summary>
public sealed class SecuredEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "secured";

    /// <inheritdoc />
    public override string Doc => "Whether the operation is secured: its effective security (its own `security`, else the document's) names a scheme. `security: []` and `[{}]` opt out.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new BooleanArgument();

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  secured: true\n"),
        """
        openapi: 3.0.3
        info: {title: Example, version: '1'}
        security:
          - token: []
        paths:
          /items:
            get:
              responses: # expected finding
                '200': {description: OK}
          /health:
            get:
              security: []
              responses:
                '200': {description: OK}
        components:
          securitySchemes:
            token: {type: http, scheme: bearer}

        """);

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) =>
        new FlagCondition(operation => operation.IsSecured, argument.Boolean(true));
}
