using System.Text.Json.Nodes;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>The bodies of what a fix creates: shared error responses, the Error schema, and headers.</summary>
internal static class SharedResponses
{
    /// <summary>
    /// A shared response for <paramref name="code"/>; with a body, its content refers to
    /// <paramref name="errorRef"/>: the guideline's <c>{code, type, message}</c> as JSON, or an RFC 9457
    /// problem as <c>application/problem+json</c>.
    /// </summary>
    public static JsonObject Response(string code, bool schemaOnResponse, string? errorRef, bool problemDetails = false)
    {
        var response = new JsonObject { ["description"] = StatusNames.Phrase(code) };

        // The headers RFC 9110 asks of these codes, so that the http pack is content with what fix inserts.
        if (RequiredHeader(code) is { } header)
        {
            response["headers"] = new JsonObject { [header] = Header(header, schemaOnResponse) };
        }

        if (errorRef is null)
        {
            return response;
        }

        var status = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
        var example = problemDetails
            ? new JsonObject { ["type"] = "about:blank", ["title"] = StatusNames.Phrase(code), ["status"] = status, ["detail"] = StatusNames.Message(code) }
            : new JsonObject { ["code"] = status, ["type"] = StatusNames.Phrase(code), ["message"] = StatusNames.Message(code) };
        var mediaType = problemDetails ? "application/problem+json" : "application/json";
        if (schemaOnResponse)
        {
            response["schema"] = new JsonObject { ["$ref"] = errorRef };
            response["examples"] = new JsonObject { [mediaType] = example };
        }
        else
        {
            response["content"] = new JsonObject
            {
                [mediaType] = new JsonObject
                {
                    ["schema"] = new JsonObject { ["$ref"] = errorRef },
                    ["example"] = example,
                },
            };
        }

        return response;
    }

    /// <summary>The standard error body: <c>code</c> and <c>type</c> (the reason phrase) required, <c>message</c> optional; or an RFC 9457 problem.</summary>
    public static JsonObject ErrorSchema(bool problemDetails = false) => problemDetails ? ProblemSchema() : new()
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

    /// <summary>True when an existing schema already is a problem body (<c>title</c> and <c>status</c>), so it can be reused.</summary>
    public static bool IsProblemSchema(SourceNode? node) =>
        node is SourceObject schema && schema["properties"] is SourceObject properties
        && properties.ContainsKey("title") && properties.ContainsKey("status");

    private static JsonObject ProblemSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "A problem detail (RFC 9457).",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["format"] = "uri-reference" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["instance"] = new JsonObject { ["type"] = "string", ["format"] = "uri-reference" },
        },
    };

    private static string? RequiredHeader(string code) => code switch
    {
        "401" => "WWW-Authenticate",
        "405" => "Allow",
        "429" or "503" => "Retry-After",
        _ => null,
    };

    /// <summary>A response header; <c>Location</c> is a URI.</summary>
    public static JsonObject Header(string name, bool schemaOnResponse)
    {
        var location = name.Equals("Location", StringComparison.OrdinalIgnoreCase);
        var description = name switch
        {
            _ when location => "The URL of the created resource",
            "WWW-Authenticate" => "The authentication challenge",
            "Allow" => "The methods the resource supports",
            "Retry-After" => "When to retry, in seconds or as an HTTP date",
            _ => name,
        };
        var type = new JsonObject { ["type"] = "string" };
        if (location)
        {
            type["format"] = "uri";
        }

        if (schemaOnResponse)
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
