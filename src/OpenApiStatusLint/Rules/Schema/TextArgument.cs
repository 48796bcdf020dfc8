using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>One text value (a header name, say).</summary>
public sealed class TextArgument : ArgumentSchema
{
    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context) => node.String();

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => new JsonObject { ["type"] = "string" };

    /// <inheritdoc />
    public override string Describe() => "a text";
}
