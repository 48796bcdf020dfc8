using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>any-of: [{…}, {…}]</c>.</summary>
public sealed class AnyOfEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "any-of";

    /// <inheritdoc />
    public override string Doc => "At least one of the alternatives holds; each alternative is written as under `when` (a mapping, or a list whose members must all hold).";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new ConditionListArgument();

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  any-of:\n    - has-request-body: true\n    - takes-parameters: {in: [query]}\n"),
        Examples.Document("""
              /items:
                get:
                  parameters:
                    - {name: q, in: query, schema: {type: string}}
                  responses: # expected finding
                    '200': {description: OK}
              /health:
                get:
                  responses:
                    '200': {description: OK}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) =>
        new AnyCondition(argument.Items().Select(item => Vocabulary.ReadConditions(item, context)).ToList());
}
