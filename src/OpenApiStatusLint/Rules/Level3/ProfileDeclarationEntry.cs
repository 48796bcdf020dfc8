namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-profile-declaration</c>.</summary>
public sealed class ProfileDeclarationEntry : ProfileTableCheckEntry
{
    /// <inheritdoc />
    public override string Name => "level3-profile-declaration";

    /// <inheritdoc />
    public override string Doc => "The path item's `x-level3-profiles` names only profiles of the table, exactly one of them a base profile. Once per path item, at the list or the item at fault.";

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("problem", "what is wrong, worded to follow \"x-level3-profiles\""), ("profile", "the name at fault, when one is")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "x-level3-profiles {problem}", "  level3-profile-declaration: {profiles: profiles}\n", pathItem: true),
        Examples.Document("""
              /items:
                x-level3-profiles: [data, lookup] # expected finding
                get:
                  responses:
                    '200': {description: OK}

            """))
    {
        Tables = Examples.Level3Table,
    };

    /// <inheritdoc />
    protected override IRuleCheck Build(ProfileTable table, PackNode argument) => new ProfileDeclarationCheck(table);
}
