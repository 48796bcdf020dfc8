using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>response-body: {codes: [204], body: forbidden}</c>.</summary>
public sealed class ResponseBodyEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "response-body";

    /// <inheritdoc />
    public override string Doc => "Each declared response with one of the codes (every response when `codes` is absent) has (`required`) or has no (`forbidden`) content. A body is never required of a HEAD response. One finding per response, at its key.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new MappingArgument(
        new Member("codes", new StatusCodesArgument(), Required: false, "the responses it looks at (all when absent)"),
        new Member("body", new ChoiceArgument(["required", "forbidden"]), Required: true, "whether they must have content or must have none"));

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } = [("code", "the response's key")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{code} response declares a body", "  response-body: {codes: [204], body: forbidden}\n"),
        Examples.Document("""
              /items:
                delete:
                  responses:
                    '204': # expected finding
                      description: Deleted
                      content:
                        application/json: {schema: {type: object}}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context)
    {
        var codes = argument.Member("codes");
        var body = argument.Member("body").String() == "required" ? BodyRule.Required : BodyRule.Forbidden;
        return new ResponseBodyCheck(codes.IsMissing ? null : codes.StatusCodes(), body);
    }
}
