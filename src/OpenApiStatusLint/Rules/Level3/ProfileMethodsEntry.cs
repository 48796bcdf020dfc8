namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-methods</c>.</summary>
public sealed class ProfileMethodsEntry : ProfileTableCheckEntry
{
    /// <inheritdoc />
    public override string Name => "level3-methods";

    /// <inheritdoc />
    public override string Doc => "The operation's method is one the resource's base profile offers (the table has a row for it). At the operation.";

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("profile", "the base profile"), ("offered", "the methods it offers"), ("page", "its page")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{method} is not offered by {profile} (it offers {offered})", "  level3-methods: {profiles: profiles}\n"),
        Examples.Document("""
              /items:
                x-level3-profiles: [data]
                get:
                  responses:
                    '200': {description: OK}
                put:
                  responses:
                    '204': {description: Saved}
                post: # expected finding
                  responses:
                    '201': {description: Created}

            """))
    {
        Tables = Examples.Level3Table,
    };

    /// <inheritdoc />
    protected override IRuleCheck Build(ProfileTable table, PackNode argument) => new ProfileMethodsCheck(table);
}
