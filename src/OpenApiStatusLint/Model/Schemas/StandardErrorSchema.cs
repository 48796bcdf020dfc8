using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model.Schemas;

/// <summary>
/// The guideline's error body (seed 000, "Errors"): an object with an integer <c>code</c> and a
/// string <c>type</c>, both required, and optionally a string <c>message</c> ("A message in the
/// body, containing the error details, is optional"). <c>allOf</c> parts are merged first (their
/// <c>$ref</c>s followed), so a composed schema counts as much as a plain one; with <c>oneOf</c> or
/// <c>anyOf</c>, every alternative must be standard, since the client may receive any of them.
/// </summary>
public static class StandardErrorSchema
{
    private const int MaxDepth = 32;

    /// <summary>True when <paramref name="schema"/> is the standard error schema.</summary>
    public static bool Is(SchemaView? schema) => Problem(schema) is null;

    /// <summary>
    /// False when a schema's own object shows that it cannot be the standard error schema: it
    /// refers to nothing and composes nothing, and its properties lack <c>code</c> or <c>type</c>.
    /// A look at one object, for a search through every shared schema of a large spec.
    /// </summary>
    internal static bool MayBe(SourceNode? schema) =>
        schema is not SourceObject map
        || map.ContainsKey("$ref") || map.ContainsKey("allOf") || map.ContainsKey("oneOf") || map.ContainsKey("anyOf")
        || (map["properties"] is SourceObject properties && properties.ContainsKey("code") && properties.ContainsKey("type"));

    /// <summary>Why <paramref name="schema"/> is not the standard error schema, or null when it is.</summary>
    public static string? Problem(SchemaView? schema) =>
        schema is { IsTopLevel: true, Node: { } node }
            ? schema.References.StandardErrorProblems.GetOrAdd(node, static (_, view) => Problem(view, 0), schema)
            : Problem(schema, 0);

    private static string? Problem(SchemaView? schema, int depth)
    {
        if (schema is null)
        {
            return "it has no schema";
        }

        var merged = schema.Merged();
        var own = Problem(merged);
        if (own is null || depth >= MaxDepth)
        {
            return own;
        }

        // Only when the schema's own (merged) properties are not the standard ones do the
        // alternatives decide: each of them must be standard.
        foreach (var (keyword, alternatives) in new[] { ("oneOf", schema.OneOf), ("anyOf", schema.AnyOf) })
        {
            if (alternatives.Count == 0)
            {
                continue;
            }

            for (var index = 0; index < alternatives.Count; index++)
            {
                if (Problem(alternatives[index], depth + 1) is { } problem)
                {
                    return $"alternative {index + 1} of its {keyword}: {problem}";
                }
            }

            return null;
        }

        return own;
    }

    private static string? Problem(MergedSchema schema)
    {
        if (schema.Types is { } types && !types.Contains("object"))
        {
            return "it is not an object";
        }

        var problems = new List<string>();
        foreach (var (name, expected, required) in new[] { ("code", "integer", true), ("type", "string", true), ("message", "string", false) })
        {
            if (!schema.Properties.TryGetValue(name, out var property))
            {
                if (required)
                {
                    problems.Add($"'{name}' is missing");
                }
            }
            else if (property.Merged().Types is { } actual && !actual.Contains(expected))
            {
                problems.Add($"'{name}' is not {(expected == "integer" ? "an integer" : "a string")}");
            }
        }

        problems.AddRange(new[] { "code", "type" }
            .Where(name => schema.Properties.ContainsKey(name) && !schema.Required.Contains(name))
            .Select(name => $"'{name}' is not required"));
        return problems.Count == 0 ? null : string.Join(", ", problems);
    }
}
