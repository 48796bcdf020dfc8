using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>
/// The shape of a condition's or check's argument in a rule pack. One description serves three
/// readers: the pack reader (validation with file:line:col), the JSON Schema of a pack and the
/// vocabulary reference page.
/// </summary>
public abstract class ArgumentSchema
{
    /// <summary>Rejects a value of the wrong shape at its place in the pack.</summary>
    public abstract void Validate(PackNode node, PackContext context);

    /// <summary>The JSON Schema of the value (schemas/rulepack.schema.json).</summary>
    public abstract JsonNode ToJsonSchema();

    /// <summary>The shape in a few words, for the reference page: "true or false", "a list of status codes".</summary>
    public abstract string Describe();

    /// <summary>A value that may be one item or a list of them.</summary>
    protected static JsonNode OneOrList(JsonNode item) => new JsonObject
    {
        ["anyOf"] = new JsonArray(item.DeepClone(), new JsonObject { ["type"] = "array", ["items"] = item, ["minItems"] = 1 }),
    };
}
