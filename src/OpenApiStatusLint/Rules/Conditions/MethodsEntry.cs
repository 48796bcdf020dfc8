using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>methods: [post, put]</c>.</summary>
public sealed class MethodsEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "methods";

    /// <inheritdoc />
    public override string Doc => "The operation's HTTP method is one of these (compared case-insensitively).";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new TextListArgument("methods");

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  methods: [post, put]\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                post:
                  responses: # expected finding
                    '201': {description: Created}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) => new MethodCondition(argument.Strings());
}
