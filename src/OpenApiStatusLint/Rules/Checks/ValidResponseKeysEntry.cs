using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>valid-response-keys: {}</c>.</summary>
public sealed class ValidResponseKeysEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "valid-response-keys";

    /// <inheritdoc />
    public override string Doc => "Every response key is a status code 100–599, a range `1XX`–`5XX` (upper-case X) or `default`. One finding per bad key, at the key.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new EmptyArgument();

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the key as written")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "'{code}' is not a status code", "  valid-response-keys: {}\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                    '2O0': {description: Typo} # expected finding

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => new ValidResponseKeysCheck();
}
