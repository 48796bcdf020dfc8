using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>require-any-code: [400, 422]</c>.</summary>
public sealed class RequireAnyCodeEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "require-any-code";

    /// <inheritdoc />
    public override string Doc => "The operation declares at least one of these keys, each compared as written (list `4XX` too if a range should do). One finding on `responses:`.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new StatusCodesArgument();

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the codes, joined by \"or\"")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{operation} declares none of {code}", "  require-any-code: [400, 422, 4XX]\n"),
        Examples.Document("""
              /items:
                post:
                  responses: # expected finding
                    '201': {description: Created}
                put:
                  responses:
                    '204': {description: Saved}
                    '422': {description: Unprocessable}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => new RequireAnyCodeCheck(argument.StatusCodes());
}
