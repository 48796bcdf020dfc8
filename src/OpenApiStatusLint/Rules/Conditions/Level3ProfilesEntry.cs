using OpenApiStatusLint.Rules.Level3;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>level3-profiles: [entity]</c>.</summary>
public sealed class Level3ProfilesEntry : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => "level3-profiles";

    /// <inheritdoc />
    public override string Doc =>
        "The path item's `x-level3-profiles` names one of these profiles, by short name or by any accepted profile URI (case-insensitive); "
        + "profiles the configuration gives the path (`level3: profiles:`) count as declared. It is the Level 3 form of "
        + "`extension: {name: x-level3-profiles, on: path-item, contains: [...]}`, which compares the text as written.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new TextListArgument("profile names");

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  level3-profiles: [entity]\n"),
        Examples.Document("""
              /items/{id}:
                x-level3-profiles: [data, entity]
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                get:
                  responses: # expected finding
                    '200': {description: OK}
              /items:
                x-level3-profiles: [data]
                get:
                  responses:
                    '200': {description: OK}

            """));

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) => new DeclaredProfileCondition(argument.Strings());
}
