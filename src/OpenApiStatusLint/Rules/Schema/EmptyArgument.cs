using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>No argument: <c>{}</c> (or nothing).</summary>
public sealed class EmptyArgument : ArgumentSchema
{
    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context)
    {
        if (!node.IsMissing)
        {
            node.AllowOnly();
        }
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => new JsonObject
    {
        ["type"] = new JsonArray("object", "null"),
        ["maxProperties"] = 0,
    };

    /// <inheritdoc />
    public override string Describe() => "nothing: `{}`";
}
