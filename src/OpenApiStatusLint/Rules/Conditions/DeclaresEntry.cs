using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>declares: [201]</c>.</summary>
public sealed class DeclaresEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "declares";

    /// <inheritdoc />
    public override string Doc => "The operation declares one of these response keys; a range in the list (`4XX`) also matches any code in it.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new StatusCodesArgument();

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  declares: [4XX]\n"),
        Examples.Document("""
              /items:
                get:
                  responses: # expected finding
                    '200': {description: OK}
                    '404': {description: Not Found}
                post:
                  responses:
                    '201': {description: Created}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) => new DeclaresCondition(argument.StatusCodes());
}
