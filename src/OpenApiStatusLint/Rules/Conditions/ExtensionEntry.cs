using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>extension: {name: x-internal, on: path-item, equals: true}</c>.</summary>
public sealed class ExtensionEntry : ConditionEntry
{
    /// <summary>Where the extension is looked for, as a pack writes it.</summary>
    public static IReadOnlyList<string> Places { get; } = ["operation", "path-item", "document"];

    /// <inheritdoc />
    public override string Name => "extension";

    /// <inheritdoc />
    public override string Doc =>
        "A test of one specification extension (`x-...`) on the operation (the default), its path item, or the document's root. "
        + "Give one of `equals` (the extension is that scalar), `contains` (it is a list, or one scalar, with at least one of these values) "
        + "or `present` (`true`: written with any value, a mapping too; `false`: not written). Values compare as text, as written: strings "
        + "case-sensitively, numbers as written (`1.0` is not `1`), booleans as `true` and `false` (YAML `True` too). "
        + "Only the object's own members count: a path item's extension is not the operation's. "
        + "`level3-profiles` is the Level 3 form of `extension: {name: x-level3-profiles, on: path-item, contains: [...]}` "
        + "that also compares case-insensitively, accepts profile URIs and sees the profiles the configuration gives a path.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new MappingArgument(
        new Member("name", new TextArgument(), Required: true, "the extension's name, starting with `x-`"),
        new Member("on", new ChoiceArgument(Places), Required: false, "where it is written: `operation` (the default), `path-item` or `document`"),
        new Member("equals", new ScalarArgument(), Required: false, "the value it must have"),
        new Member("contains", new ScalarArgument(list: true), Required: false, "values of which it must hold at least one"),
        new Member("present", new BooleanArgument(), Required: false, "whether it must be written at all"))
    {
        ExactlyOneOf = ["equals", "contains", "present"],
    };

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  extension: {name: x-internal, on: path-item, equals: true}\n"),
        Examples.Document("""
              /internal/jobs:
                x-internal: true
                get:
                  responses: # expected finding
                    '200': {description: OK}
              /orders:
                x-internal: false
                get:
                  responses:
                    '200': {description: OK}
              /orders/{id}:
                get:
                  x-internal: true
                  responses:
                    '200': {description: OK}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context)
    {
        var nameNode = argument.Member("name");
        var name = nameNode.String();
        if (!name.StartsWith("x-", StringComparison.Ordinal))
        {
            throw nameNode.Error($"'{name}' is not an extension; extension names start with x- (x-{name})");
        }

        Func<ApiOperation, ApiExtensions> place = argument.Member("on").String("operation") switch
        {
            "path-item" => operation => operation.PathItem.Extensions,
            "document" => operation => operation.DocumentExtensions,
            _ => operation => operation.Extensions,
        };
        if (!argument.Member("equals").IsMissing)
        {
            return ExtensionCondition.Equal(name, place, argument.Member("equals").String());
        }

        return argument.Member("contains").IsMissing
            ? ExtensionCondition.Present(name, place, argument.Member("present").Boolean(true))
            : ExtensionCondition.Containing(name, place, argument.Member("contains").Strings());
    }
}
