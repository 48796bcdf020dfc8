using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>path-matches: ['/internal/**']</c>.</summary>
public sealed class PathMatchesEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "path-matches";

    /// <inheritdoc />
    public override string Doc => "The operation's path template (`/items/{id}`, as written under `paths`) matches one of these globs: `*` stands for one segment or part of one, `**` for any number of segments.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new TextListArgument("path globs");

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  path-matches: ['/admin/**']\n"),
        Examples.Document("""
              /admin/users/{id}:
                get:
                  responses: # expected finding
                    '200': {description: OK}
              /users/{id}:
                get:
                  responses:
                    '200': {description: OK}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) => new PathCondition(argument.Strings());
}
