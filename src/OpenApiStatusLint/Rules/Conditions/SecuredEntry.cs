using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>secured: true</c>.</summary>
public sealed class SecuredEntry : FlagConditionEntry
{
    /// <inheritdoc />
    public override string Name => "secured";

    /// <inheritdoc />
    public override string Doc => "Whether the operation is secured: its effective security (its own `security`, else the document's) names a scheme. `security: []` and `[{}]` opt out.";

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
    protected override bool Property(ApiOperation operation) => operation.IsSecured;
}
