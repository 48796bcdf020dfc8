using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>webhook: true</c>.</summary>
public sealed class WebhookEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "webhook";

    /// <inheritdoc />
    public override string Doc => "Whether the operation is a webhook (OpenAPI 3.1 `webhooks`). A rule with `webhooks: false` never sees webhooks or callbacks at all.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new BooleanArgument();

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
    protected override ICondition Build(PackNode argument, PackContext context) =>
        new FlagCondition(operation => operation.Source == OperationSource.Webhook, argument.Boolean(true));
}
