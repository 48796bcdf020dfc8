using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>require-codes: [401]</c>.</summary>
public sealed class RequireCodesEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "require-codes";

    /// <inheritdoc />
    public override string Doc => "The operation declares each of these codes; one finding per missing code, on `responses:`. A range key of the same class (`4XX`) satisfies a code only as a note; `default` never does.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new StatusCodesArgument();

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the missing code")];

    /// <inheritdoc />
    public override FixAction Fix => FixAction.AddResponse;

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{operation} does not declare {code}", "  require-codes: [429]\n"),
        Examples.Document("""
              /items:
                get:
                  responses: # expected finding
                    '200': {description: OK}
                post:
                  responses:
                    '201': {description: Created}
                    '429': {description: Too Many Requests}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => new RequireCodesCheck(argument.StatusCodes());
}
