using OpenApiStatusLint.Rules.Conditions;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>request-header: {name: If-Match, required: true}</c> as a check.</summary>
public sealed class RequestHeaderCheckEntry : CheckEntry
{
    /// <inheritdoc />
    public override string Name => "request-header";

    /// <inheritdoc />
    public override string Doc => "The operation takes a header parameter of this name (with `required: true`, a required one), as the `request-header` condition asks; the finding lands on the operation.";

    /// <inheritdoc />
    public override ArgumentSchema Argument => RequestHeaderEntry.Shape;

    /// <inheritdoc />
    public override IReadOnlyList<(string Name, string Doc)> Placeholders { get; } =
        [("header", "the header"), ("problem", "`does not take` or `does not require`")];

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.CheckRule(Name, "{operation} {problem} {header}", "  request-header: {name: If-Match, required: true}\n", when: "  methods: [put]\n"),
        Examples.Document("""
              /items/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                put: # expected finding
                  parameters:
                    - {name: If-Match, in: header, schema: {type: string}}
                  responses:
                    '204': {description: Saved}

            """));

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) =>
        new RequireHeaderParameterCheck(argument.Member("name").String(), argument.Member("required").Boolean(false));
}
