using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>A list of text values (a single one counts as a list of one).</summary>
/// <param name="what">What the items are, for the reference page: "methods", "header names".</param>
public sealed class TextListArgument(string what) : ArgumentSchema
{
    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context)
    {
        if (node.Strings().Count == 0)
        {
            throw node.Error($"expected at least one of the {what}");
        }
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => OneOrList(new JsonObject { ["type"] = "string" });

    /// <inheritdoc />
    public override string Describe() => $"a list of {what}";
}
