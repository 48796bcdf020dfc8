using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Fixes;

/// <summary>The bodies of what a fix creates: shared error responses, the Error schema, and headers.</summary>
internal static class SharedResponses
{
    /// <summary>A shared response for <paramref name="code"/>; with a body, its content refers to <paramref name="errorRef"/>.</summary>
    public static JsonObject Response(string code, bool v2, string? errorRef)
    {
        var response = new JsonObject { ["description"] = StatusNames.Phrase(code) };
        if (errorRef is null)
        {
            return response;
        }

        var example = new JsonObject
        {
            ["code"] = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture),
            ["type"] = StatusNames.Phrase(code),
            ["message"] = StatusNames.Message(code),
        };
        if (v2)
        {
            response["schema"] = new JsonObject { ["$ref"] = errorRef };
            response["examples"] = new JsonObject { ["application/json"] = example };
        }
        else
        {
            response["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject
                {
                    ["schema"] = new JsonObject { ["$ref"] = errorRef },
                    ["example"] = example,
                },
            };
        }

        return response;
    }

    /// <summary>The standard error body: <c>code</c> and <c>type</c> (the reason phrase) required, <c>message</c> optional.</summary>
    public static JsonObject ErrorSchema() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("code", "type"),
        ["properties"] = new JsonObject
        {
            ["code"] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            ["type"] = new JsonObject { ["type"] = "string" },
            ["message"] = new JsonObject { ["type"] = "string" },
        },
    };

    /// <summary>True when an existing schema already is an error body with <c>code</c> and <c>type</c>, so it can be reused.</summary>
    public static bool IsErrorSchema(JsonNode? node) =>
        node is JsonObject schema && schema["properties"] is JsonObject properties && properties.ContainsKey("code") && properties.ContainsKey("type");

    /// <summary>A response header; <c>Location</c> is a URI.</summary>
    public static JsonObject Header(string name, bool v2)
    {
        var location = name.Equals("Location", StringComparison.OrdinalIgnoreCase);
        var description = location ? "The URL of the created resource" : name;
        var type = new JsonObject { ["type"] = "string" };
        if (location)
        {
            type["format"] = "uri";
        }

        if (v2)
        {
            var header = new JsonObject { ["description"] = description };
            foreach (var (key, value) in type)
            {
                header[key] = value!.DeepClone();
            }

            return header;
        }

        return new JsonObject { ["description"] = description, ["schema"] = type };
    }
}
