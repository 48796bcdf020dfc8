namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-required-methods</c>.</summary>
public sealed class RequiredMethodsEntry : ProfileTableCheckEntry
{
    /// <inheritdoc />
    public override string Name => "level3-required-methods";

    /// <inheritdoc />
    public override string Doc => "The path item declares every method its base profile offers that the table does not mark `optional`. Once per path item, at its key, naming every missing method.";

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("profile", "the base profile"), ("missing", "the missing methods"), ("page", "its page")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{path} is a {profile} resource but declares no {missing}", "  level3-required-methods: {profiles: profiles}\n", pathItem: true),
        Examples.Document("""
              /items: # expected finding
                x-level3-profiles: [data]
                get:
                  responses:
                    '200': {description: OK}

            """))
    {
        Tables = Examples.Level3Table,
    };

    /// <inheritdoc />
    protected override IRuleCheck Build(ProfileTable table, PackNode argument) => new RequiredMethodsCheck(table);
}
