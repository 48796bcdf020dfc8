using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>Conditions, as under <c>when</c>: a mapping (every member must hold) or a list of such mappings (all must hold).</summary>
public sealed class ConditionsArgument : ArgumentSchema
{
    /// <summary>Nothing to do here: the entry that takes it reads the nested conditions, and reading validates them.</summary>
    public override void Validate(PackNode node, PackContext context)
    {
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => new JsonObject { ["$ref"] = "#/$defs/when" };

    /// <inheritdoc />
    public override string Describe() => "conditions, written as under `when`";
}
