using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiStatusLint.OpenApi;

/// <summary>
/// Replaces JSON Schema boolean schemas (<c>true</c>, <c>false</c>; valid from OpenAPI 3.1) by the
/// equivalent objects <c>{}</c> and <c>{not: {}}</c> before Microsoft.OpenApi reads the document:
/// its 3.11 reader throws a NullReferenceException on a boolean property schema. Pointers and
/// positions stay the same. Copied from the library, which no longer reads with Microsoft.OpenApi.
/// </summary>
internal static class BooleanSchemas
{
    // The library's parser refuses deeper trees, so nothing deeper reaches this code; the limit only guards the recursion.
    private const int MaxDepth = 1000;

    private static readonly HashSet<string> SubschemaMaps = new(StringComparer.Ordinal) { "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" };
    private static readonly HashSet<string> SubschemaLists = new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "prefixItems" };
    private static readonly HashSet<string> Subschemas = new(StringComparer.Ordinal)
    {
        "items", "not", "contains", "if", "then", "else", "additionalItems", "unevaluatedItems", "unevaluatedProperties", "propertyNames", "contentSchema",
    };

    /// <summary>Rewrites boolean schemas found under <c>schema</c> keys and <c>components/schemas</c>.</summary>
    public static void Normalize(JsonNode? node, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map.ToList())
                {
                    if (key == "schema")
                    {
                        Replace(map, key, value, depth);
                    }
                    else if (key == "schemas" && value is JsonObject schemas)
                    {
                        foreach (var (name, schema) in schemas.ToList())
                        {
                            Replace(schemas, name, schema, depth);
                        }
                    }
                    else if (key is not ("example" or "examples" or "default"))
                    {
                        Normalize(value, depth + 1);
                    }
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    Normalize(item, depth + 1);
                }

                break;
        }
    }

    // A node can be set only where it is not already a child, so only replacements are assigned.
    private static void Replace(JsonObject parent, string key, JsonNode? schema, int depth)
    {
        if (Schema(schema, depth + 1) is { } replaced && !ReferenceEquals(replaced, schema))
        {
            parent[key] = replaced;
        }
    }

    private static JsonNode? Schema(JsonNode? schema, int depth)
    {
        if (schema is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValueKind() == JsonValueKind.True ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() };
        }

        if (schema is not JsonObject map || depth > MaxDepth)
        {
            return schema;
        }

        foreach (var (key, child) in map.ToList())
        {
            if (SubschemaMaps.Contains(key) && child is JsonObject members)
            {
                foreach (var (name, member) in members.ToList())
                {
                    Replace(members, name, member, depth);
                }
            }
            else if (SubschemaLists.Contains(key) && child is JsonArray items)
            {
                for (var index = 0; index < items.Count; index++)
                {
                    if (Schema(items[index], depth + 1) is { } replaced && !ReferenceEquals(replaced, items[index]))
                    {
                        items[index] = replaced;
                    }
                }
            }
            else if (Subschemas.Contains(key))
            {
                Replace(map, key, child, depth);
            }
        }

        return map;
    }
}
