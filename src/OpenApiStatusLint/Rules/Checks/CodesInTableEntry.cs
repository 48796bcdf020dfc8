using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>codes-in-table: [200, 404]</c>.</summary>
public sealed class CodesInTableEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "codes-in-table";

    /// <inheritdoc />
    public override string Doc => "Every declared status code is one of these (a range in the list covers its codes). Ranges and `default` among the declared keys are not checked. One finding per code, at its key.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new StatusCodesArgument();

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the code outside the table")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{code} is not in our table", "  codes-in-table: [200, 201, 4XX, 500]\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                    '404': {description: Not Found}
                    '502': {description: Bad Gateway} # expected finding

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => new CodesInTableCheck(argument.StatusCodes());
}
