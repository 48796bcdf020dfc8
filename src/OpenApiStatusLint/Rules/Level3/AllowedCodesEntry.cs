using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-allowed-codes</c>.</summary>
public sealed class AllowedCodesEntry : ProfileTableCheckEntry
{
    /// <inheritdoc />
    public override string Name => "level3-allowed-codes";

    /// <inheritdoc />
    public override string Doc => "Every status code the operation declares is named by a row of one of its profiles for its method, or by `always`. Ranges and `default` are not checked. At the code's key.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new MappingArgument(
        TableMember,
        new Member("always", new StatusCodesArgument(), Required: false, "codes any resource may return"));

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the code"), ("profile", "the resource's profiles, `data + entity`"), ("allowed", "the codes allowed")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{code} is not allowed for {method} by {profile} (allowed: {allowed})", "  level3-allowed-codes: {profiles: profiles, always: [5XX]}\n"),
        Examples.Document("""
              /items:
                x-level3-profiles: [data]
                get:
                  responses:
                    '200': {description: OK}
                    '500': {description: Error}
                    '302': {description: Found} # expected finding
                put:
                  responses:
                    '204': {description: Saved}

            """))
    {
        Tables = Examples.Level3Table,
    };

    /// <inheritdoc />
    protected override IRuleCheck Build(ProfileTable table, PackNode argument) => new ProfileAllowedCodesCheck(table, argument.Member("always").IsMissing ? [] : argument.Member("always").StatusCodes());
}
