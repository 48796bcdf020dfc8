using OpenApiStatusLint.Rules.Level3;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>resource-offers: [patch]</c>.</summary>
public sealed class ResourceOffersEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "resource-offers";

    /// <inheritdoc />
    public override string Doc => "The operation's path item declares one of these methods (a GET that should advertise `Accept-Patch` because the resource offers PATCH).";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new TextListArgument("methods");

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  resource-offers: [patch]\n  methods: [get]\n"),
        Examples.Document("""
              /items/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                get:
                  responses: # expected finding
                    '200': {description: OK}
                patch:
                  responses:
                    '204': {description: Patched}
              /items:
                get:
                  responses:
                    '200': {description: OK}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) => new ResourceOffersCondition(argument.Strings());
}
