using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>A mapping with known keys; any other key is an error naming the closest known one.</summary>
public sealed class MappingArgument(params Member[] members) : ArgumentSchema
{
    /// <summary>The keys, in the order the reference page lists them.</summary>
    public IReadOnlyList<Member> Members => members;

    /// <summary>Of these keys, exactly one must be given (<c>response-header</c>: <c>all</c> or <c>any</c>).</summary>
    public IReadOnlyList<string> ExactlyOneOf { get; init; } = [];

    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        node.AllowOnly(members.Select(member => member.Name).ToArray());
        foreach (var member in members)
        {
            var value = node.Member(member.Name);
            if (value.IsMissing)
            {
                if (member.Required)
                {
                    throw node.Error($"missing key '{member.Name}' ({member.Doc})");
                }

                continue;
            }

            member.Schema.Validate(value, context);
            if (member.ReplacedBy is not null)
            {
                context.Deprecated(value.KeyLocation, $"'{member.Name}' is an old spelling; write {member.ReplacedBy}");
            }
        }

        if (ExactlyOneOf.Count > 0 && ExactlyOneOf.Count(name => !node.Member(name).IsMissing) != 1)
        {
            throw node.Error($"give exactly one of: {string.Join(", ", ExactlyOneOf)}");
        }
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema()
    {
        var properties = new JsonObject();
        foreach (var member in members)
        {
            var schema = member.Schema.ToJsonSchema().AsObject();
            schema["description"] = member.ReplacedBy is null ? member.Doc : $"Deprecated: write {member.ReplacedBy}.";
            if (member.ReplacedBy is not null)
            {
                schema["deprecated"] = true;
            }

            properties[member.Name] = schema;
        }

        var result = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        var required = members.Where(member => member.Required).Select(member => (JsonNode)JsonValue.Create(member.Name)).ToArray();
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }

        if (ExactlyOneOf.Count > 0)
        {
            result["oneOf"] = new JsonArray(ExactlyOneOf.Select(name => (JsonNode)new JsonObject { ["required"] = new JsonArray(JsonValue.Create(name)) }).ToArray());
        }

        return result;
    }

    /// <inheritdoc />
    public override string Describe() => "a mapping: " + string.Join("; ", members.Where(member => member.ReplacedBy is null)
        .Select(member => $"`{member.Name}`{(member.Required ? string.Empty : " (optional)")}: {member.Doc} ({member.Schema.Describe()})"));
}
