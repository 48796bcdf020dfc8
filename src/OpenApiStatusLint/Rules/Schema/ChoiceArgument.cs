using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>One of a fixed set of words, or with <paramref name="list"/> a list of them.</summary>
public sealed class ChoiceArgument(IReadOnlyList<string> choices, bool list = false) : ArgumentSchema
{
    /// <summary>The words allowed.</summary>
    public IReadOnlyList<string> Choices => choices;

    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context)
    {
        var items = list ? node.Items().ToList() : [node];
        if (items.Count == 0)
        {
            throw node.Error($"expected at least one of: {string.Join(", ", choices)}");
        }

        foreach (var item in items)
        {
            var value = item.String();
            if (!choices.Contains(value, StringComparer.Ordinal))
            {
                var hint = Suggestions.Closest(value, choices);
                throw item.Error($"'{value}' must be one of: {string.Join(", ", choices)}" + (hint is null ? string.Empty : $"; did you mean '{hint}'?"));
            }
        }
    }

    /// <inheritdoc />
    public override JsonNode ToJsonSchema()
    {
        var word = new JsonObject { ["enum"] = new JsonArray(choices.Select(choice => (JsonNode)JsonValue.Create(choice)).ToArray()) };
        return list ? OneOrList(word) : word;
    }

    /// <inheritdoc />
    public override string Describe() => (list ? "a list of " : "one of ") + string.Join(", ", choices.Select(choice => $"`{choice}`"));
}
