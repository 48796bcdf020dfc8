using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanArgument : ArgumentSchema
{
    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context) => node.Boolean(false);

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => new JsonObject { ["type"] = "boolean" };

    /// <inheritdoc />
    public override string Describe() => "`true` or `false`";
}
