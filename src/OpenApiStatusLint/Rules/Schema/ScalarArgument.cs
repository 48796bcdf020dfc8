using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>One text, number or boolean (compared as text), or with <paramref name="list"/> a list of them.</summary>
public sealed class ScalarArgument(bool list = false) : ArgumentSchema
{
    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context)
    {
        var items = list ? node.Items().ToList() : [node];
        if (items.Count == 0)
        {
            throw node.Error("expected at least one value");
        }

        foreach (var item in items)
        {
            item.String();
        }
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema()
    {
        var scalar = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") };
        return list ? OneOrList(scalar) : scalar;
    }

    /// <inheritdoc />
    public override string Describe() => list ? "a list of texts, numbers or booleans" : "a text, number or boolean";
}
