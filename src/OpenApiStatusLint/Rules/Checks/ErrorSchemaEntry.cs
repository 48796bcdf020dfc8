using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>error-schema: {codes: [4XX, 5XX]}</c>.</summary>
public sealed class ErrorSchemaEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "error-schema";

    /// <inheritdoc />
    public override string Doc => "Each selected response that has a body uses the standard error schema: `code` (integer) and `type` (string) required, `message` (string) optional; `allOf` merged, every `oneOf`/`anyOf` alternative standard. HEAD responses and responses without a body are not checked.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new MappingArgument(
        new Member("codes", new StatusCodesArgument(), Required: false, "the responses it looks at (all when absent)"));

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the response's key"), ("problem", "what is wrong with the schema")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{code} body is not our error schema: {problem}", "  error-schema: {codes: [4XX]}\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                    '400': # expected finding
                      description: Bad Request
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              error: {type: string}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context)
    {
        var codes = argument.Member("codes");
        return new ErrorSchemaCheck(codes.IsMissing ? null : codes.StatusCodes());
    }
}
