namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-required-codes</c>.</summary>
public sealed class RequiredCodesEntry : ProfileTableCheckEntry
{
    /// <inheritdoc />
    public override string Name => "level3-required-codes";

    /// <inheritdoc />
    public override string Doc => "The operation declares what its profiles' rows for its method require: each `requires` code, one of the `one-of` codes, the `when-header` codes when it takes that header and the `when-header-required` codes when it requires it. On `responses:`; a range key only softens a finding to a note.";

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the missing code, or codes joined by \"or\""), ("profile", "the profile that asks for it"), ("reason", "`for PUT`, `when PUT takes If-Match`, ..."), ("page", "the profile's page")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{operation} does not declare {code}, which {profile} requires {reason}", "  level3-required-codes: {profiles: profiles}\n"),
        Examples.Document("""
              /items:
                x-level3-profiles: [data]
                get:
                  responses:
                    '200': {description: OK}
                put:
                  responses: # expected finding
                    '200': {description: Saved}

            """))
    {
        Tables = Examples.Level3Table,
    };

    /// <inheritdoc />
    protected override IRuleCheck Build(ProfileTable table, PackNode argument) => new ProfileRequiredCodesCheck(table);
}
