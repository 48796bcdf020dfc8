using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>not: {…}</c>.</summary>
public sealed class NotEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "not";

    /// <inheritdoc />
    public override string Doc => "The conditions inside (written as under `when`) do not all hold.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new ConditionsArgument();

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  not:\n    methods: [get, head]\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                delete:
                  responses: # expected finding
                    '204': {description: Deleted}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) => new NotCondition(Vocabulary.ReadConditions(argument, context));
}
