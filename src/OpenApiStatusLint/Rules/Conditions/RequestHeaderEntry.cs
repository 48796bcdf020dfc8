using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>request-header: {name: If-Match, required: true}</c>.</summary>
public sealed class RequestHeaderEntry : ConditionEntry
{
    /// <summary>The argument, shared with the <c>request-header</c> check.</summary>
    public static MappingArgument Shape { get; } = new(
        new Member("name", new TextArgument(), Required: true, "the header, compared case-insensitively"),
        new Member("required", new BooleanArgument(), Required: false, "true: the parameter must be required; false (the default): present is enough"));

    /// <inheritdoc />
    public override string Name => "request-header";

    /// <inheritdoc />
    public override string Doc => "The operation takes a header parameter of this name: present (the default), or with `required: true` required.";

    /// <inheritdoc />
    public override ArgumentSchema Argument => Shape;

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  request-header: {name: If-Match, required: true}\n"),
        Examples.Document("""
              /items/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                put:
                  parameters:
                    - {name: If-Match, in: header, required: true, schema: {type: string}}
                  responses: # expected finding
                    '204': {description: Saved}
                delete:
                  parameters:
                    - {name: If-Match, in: header, schema: {type: string}}
                  responses:
                    '204': {description: Deleted}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) =>
        new TakesHeaderCondition(argument.Member("name").String(), argument.Member("required").Boolean(false));
}
