using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>The name of a table the pack declares under <c>tables:</c>.</summary>
public sealed class TableArgument : ArgumentSchema
{
    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Table(node);
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => new JsonObject
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["description"] = "The name of a table under the pack's tables:." },
            new JsonObject { ["$ref"] = "#/$defs/profileTable" }),
    };

    /// <inheritdoc />
    public override string Describe() => "the name of a profile table under the pack's `tables:`";
}
