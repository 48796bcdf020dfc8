using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>A generated operation: its method, inputs (If-Match, a body) and declared responses.</summary>
internal sealed record OperationModel(string Method, bool TakesIfMatch, bool TakesBody, ResponsesShape Shape, IReadOnlyList<string> Codes, bool UsesSharedResponse)
{
    public JsonObject ToJson(SpecModel spec, bool templated)
    {
        var operation = new JsonObject { ["summary"] = $"{Method} something" };
        var parameters = new JsonArray();
        if (templated)
        {
            parameters.Add(Parameter(spec, "id", "path", required: true));
        }

        if (TakesIfMatch)
        {
            parameters.Add(Parameter(spec, "If-Match", "header", required: false));
        }

        if (TakesBody && spec.IsSwagger)
        {
            parameters.Add(new JsonObject { ["name"] = "body", ["in"] = "body", ["schema"] = new JsonObject { ["type"] = "object" } });
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (TakesBody && !spec.IsSwagger)
        {
            operation["requestBody"] = new JsonObject
            {
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
            };
        }

        if (Shape == ResponsesShape.Missing)
        {
            return operation;
        }

        var responses = new JsonObject();
        if (Shape == ResponsesShape.Declared)
        {
            foreach (var code in Codes)
            {
                responses[code] = Response(spec, code);
            }

            if (UsesSharedResponse && spec.SharedComponents && !responses.ContainsKey("404"))
            {
                responses["404"] = new JsonObject { ["$ref"] = spec.IsSwagger ? "#/responses/NotFound" : "#/components/responses/NotFound" };
            }
        }

        operation["responses"] = responses;
        return operation;
    }

    private JsonObject Response(SpecModel spec, string code)
    {
        var response = new JsonObject { ["description"] = $"status {code}" };
        if (code is "204" or "304" || Method == "head" || !(code.StartsWith('2') || code.StartsWith('4') || code.StartsWith('5')))
        {
            return response;
        }

        JsonNode schema = spec.SharedComponents && !code.StartsWith('2')
            ? new JsonObject { ["$ref"] = spec.IsSwagger ? "#/definitions/Problem" : "#/components/schemas/Problem" }
            : new JsonObject { ["type"] = "object" };
        if (spec.IsSwagger)
        {
            response["schema"] = schema;
        }
        else
        {
            response["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } };
        }

        return response;
    }

    private static JsonObject Parameter(SpecModel spec, string name, string location, bool required)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["required"] = required };
        if (spec.IsSwagger)
        {
            parameter["type"] = "string";
        }
        else
        {
            parameter["schema"] = new JsonObject { ["type"] = "string" };
        }

        return parameter;
    }
}
