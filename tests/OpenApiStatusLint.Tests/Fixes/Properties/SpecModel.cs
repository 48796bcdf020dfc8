using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>
/// A generated OpenAPI document, as the few choices that matter to <c>fix</c>: the version, whether
/// operations are secured, which paths take a path parameter, which operations declare which
/// responses (or none, or an empty map), and whether shared components exist for them to use.
/// </summary>
internal sealed record SpecModel(string Version, bool Secured, bool SharedComponents, IReadOnlyList<PathModel> Paths)
{
    public bool IsSwagger => Version == "2.0";

    /// <summary>The document as a JSON tree, members in the order a person writes them.</summary>
    public JsonObject ToJson()
    {
        var document = new JsonObject();
        document[IsSwagger ? "swagger" : "openapi"] = Version;
        document["info"] = new JsonObject { ["title"] = "Generated API", ["version"] = "1.0.0" };
        if (Secured)
        {
            document["security"] = new JsonArray(new JsonObject { ["key"] = new JsonArray() });
        }

        var paths = new JsonObject();
        foreach (var path in Paths)
        {
            paths[path.Name] = path.ToJson(this);
        }

        document["paths"] = paths;
        var securityScheme = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Key" };
        if (IsSwagger)
        {
            if (Secured)
            {
                document["securityDefinitions"] = new JsonObject { ["key"] = securityScheme };
            }

            if (SharedComponents)
            {
                document["definitions"] = new JsonObject { ["Problem"] = ErrorSchema() };
                document["responses"] = new JsonObject { ["NotFound"] = new JsonObject { ["description"] = "Not found" } };
            }
        }
        else if (Secured || SharedComponents)
        {
            var components = new JsonObject();
            if (SharedComponents)
            {
                components["responses"] = new JsonObject { ["NotFound"] = new JsonObject { ["description"] = "Not found" } };
                components["schemas"] = new JsonObject { ["Problem"] = ErrorSchema() };
            }

            if (Secured)
            {
                components["securitySchemes"] = new JsonObject { ["key"] = securityScheme };
            }

            document["components"] = components;
        }

        return document;
    }

    private static JsonObject ErrorSchema() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("code", "type"),
        ["properties"] = new JsonObject
        {
            ["code"] = new JsonObject { ["type"] = "integer" },
            ["type"] = new JsonObject { ["type"] = "string" },
            ["message"] = new JsonObject { ["type"] = "string" },
        },
    };
}
