using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>A list of alternatives, each written as under <c>when</c>.</summary>
public sealed class ConditionListArgument : ArgumentSchema
{
    /// <summary>Checks that it is a list; reading each alternative validates it.</summary>
    public override void Validate(PackNode node, PackContext context)
    {
        if (!node.IsList)
        {
            throw node.Error("expected a list of alternatives, each written as under when");
        }
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => new JsonObject
    {
        ["type"] = "array",
        ["minItems"] = 1,
        ["items"] = new JsonObject { ["$ref"] = "#/$defs/when" },
    };

    /// <inheritdoc />
    public override string Describe() => "a list of alternatives, each written as under `when`";
}
