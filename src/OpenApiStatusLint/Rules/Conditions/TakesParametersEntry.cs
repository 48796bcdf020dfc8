using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>takes-parameters: {in: [query, header]}</c>.</summary>
public sealed class TakesParametersEntry : ConditionEntry
{
    /// <summary>The locations a parameter can have, as a pack writes them.</summary>
    public static IReadOnlyList<string> LocationNames { get; } = ["query", "querystring", "header", "path", "cookie"];

    /// <inheritdoc />
    public override string Name => "takes-parameters";

    /// <inheritdoc />
    public override string Doc => "The operation takes a parameter (its own or its path item's) in one of the locations under `in`; with `{}`, in any location.";

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new MappingArgument(
        new Member("in", new ChoiceArgument(LocationNames, list: true), Required: false, "the parameter locations that count (all when absent)"));

    /// <inheritdoc />
    public override VocabularyExample Example => new(
        Examples.ConditionRule(Name, "  takes-parameters: {in: [query, header, cookie]}\n"),
        Examples.Document("""
              /items:
                get:
                  parameters:
                    - {name: limit, in: query, schema: {type: integer}}
                  responses: # expected finding
                    '200': {description: OK}
              /items/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: OK}

            """));

    /// <summary>Reads one location word (already validated).</summary>
    public static ParameterLocation Location(string name) => name switch
    {
        "query" => ParameterLocation.Query,
        "header" => ParameterLocation.Header,
        "path" => ParameterLocation.Path,
        "cookie" => ParameterLocation.Cookie,
        _ => ParameterLocation.QueryString,
    };

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context)
    {
        var locations = argument.Member("in");
        return locations.IsMissing
            ? new FlagCondition(operation => operation.Parameters.Count > 0, true)
            : new ParameterLocationCondition(locations.Strings().Select(Location).ToList());
    }
}
