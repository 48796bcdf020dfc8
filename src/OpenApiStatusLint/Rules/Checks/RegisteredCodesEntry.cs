using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>registered-codes: {}</c>.</summary>
public sealed class RegisteredCodesEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "registered-codes";

    /// <inheritdoc />
    public override string Doc => "Every declared status code is in the IANA HTTP Status Code Registry (306 and 418 are not: the registry marks them unused). Ranges and `default` are not checked.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new EmptyArgument();

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the code"), ("class", "its first digit")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{code} is not registered; clients treat it as {class}00", "  registered-codes: {}\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                    '299': {description: Odd} # expected finding

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => new RegisteredCodesCheck();
}
