using OpenApiStatusLint.Rules.Level3;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>response-header: {codes: [201], all: [Location]}</c> or <c>{codes: [200], any: [ETag, Last-Modified]}</c>.</summary>
public sealed class ResponseHeaderEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "response-header";

    /// <inheritdoc />
    public override string Doc => "Each declared response with one of the codes declares the headers: every header under `all` (one finding per missing header), or at least one of those under `any` (one finding naming them all). At the response's key.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new MappingArgument(
        new Member("codes", new StatusCodesArgument(), Required: true, "the responses it looks at"),
        new Member("all", new TextListArgument("header names"), Required: false, "headers each response must declare"),
        new Member("any", new TextListArgument("header names"), Required: false, "headers of which each response must declare one"),
        new Member("header", new TextArgument(), Required: false, "one header", ReplacedBy: "all: [HEADER]"))
    {
        ExactlyOneOf = ["all", "any", "header"],
    };

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } =
        [("code", "the response's key"), ("header", "the missing header; with `any`, the headers joined by \"or\"")];

    /// <inheritdoc />
    public override FixAction Fix => FixAction.AddHeader;

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{code} response does not declare {header}", "  response-header: {codes: [429, 503], all: [Retry-After]}\n"),
        Examples.Document("""
              /items:
                get:
                  responses:
                    '200': {description: OK}
                    '429': {description: Too Many Requests} # expected finding
                    '503':
                      description: Unavailable
                      headers:
                        Retry-After: {schema: {type: integer}}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context)
    {
        var codes = argument.Member("codes").StatusCodes();
        var any = argument.Member("any");
        if (!any.IsMissing)
        {
            return new AnyResponseHeaderCheck(codes, any.Strings());
        }

        var all = argument.Member("all");
        return new ResponseHeaderCheck(codes, all.IsMissing ? [argument.Member("header").String()] : all.Strings());
    }
}
