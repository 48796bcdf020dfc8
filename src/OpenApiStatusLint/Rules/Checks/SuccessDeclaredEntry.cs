using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>success-declared: {}</c>.</summary>
public sealed class SuccessDeclaredEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "success-declared";

    /// <inheritdoc />
    public override string Doc => "The operation declares a success: some 2xx or 3xx response (or 101). The finding lands on `responses:`.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new EmptyArgument();

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{operation} declares no success", "  success-declared: {}\n"),
        Examples.Document("""
              /items:
                get:
                  responses: # expected finding
                    '404': {description: Not Found}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => new SuccessDeclaredCheck();
}
