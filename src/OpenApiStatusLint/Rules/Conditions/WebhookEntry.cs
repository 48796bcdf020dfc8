using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>webhook: true</c>.</summary>
public sealed class WebhookEntry : FlagConditionEntry
{
    /// <inheritdoc />
    public override string Name => "webhook";

    /// <inheritdoc />
    public override string Doc => "Whether the operation is a webhook (OpenAPI 3.1 `webhooks`). A rule with `webhooks: false` never sees webhooks or callbacks at all.";

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  webhook: false\n"),
        """
        openapi: 3.1.0
        info: {title: Example, version: '1'}
        paths:
          /items:
            get:
              responses: # expected finding
                '200': {description: OK}
        webhooks:
          itemAdded:
            post:
              responses:
                '200': {description: OK}

        """);

    /// <inheritdoc />
    protected override bool Property(ApiOperation operation) => operation.Source == OperationSource.Webhook;
}
