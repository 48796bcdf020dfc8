using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-profiles-declared</c>.</summary>
public sealed class ProfilesDeclaredEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "level3-profiles-declared";

    /// <inheritdoc />
    public override string Doc => "The path item declares `x-level3-profiles`. Once per path item, at its key; webhooks and callbacks are not checked.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new EmptyArgument();

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{path} declares no Level 3 profiles", "  level3-profiles-declared: {}\n", pathItem: true),
        Examples.Document("""
              /items: # expected finding
                get:
                  responses:
                    '200': {description: OK}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => new ProfilesDeclaredCheck();
}
