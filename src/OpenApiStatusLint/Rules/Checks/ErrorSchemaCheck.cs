using Microsoft.OpenApi;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary>
/// <c>error-schema: {codes: [4XX, 5XX]}</c>: each selected response that has a body uses the
/// standard error schema: an object with an integer <c>code</c>, a string <c>type</c> and a string
/// <c>message</c>, where <c>code</c> and <c>type</c> are required. Responses without a body are
/// left to the body rules.
/// </summary>
public sealed class ErrorSchemaCheck(IReadOnlyList<string>? codes) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        foreach (var response in operation.Responses)
        {
            if (!response.HasBody || !CodeMatcher.Selects(codes, response.Code))
            {
                continue;
            }

            var problem = response.Resolved!.Content!.Values
                .Select(media => Problem(media.Schema))
                .FirstOrDefault(text => text is not null);
            if (problem is not null)
            {
                var arguments = Arguments.For(operation, response.Code);
                arguments["problem"] = problem;
                yield return new RuleFinding(response.Pointer, arguments) { Related = response.ReferenceChain };
            }
        }
    }

    /// <summary>Why <paramref name="schema"/> is not the standard error schema, or null when it is.</summary>
    public static string? Problem(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return "it has no schema";
        }

        if (schema.AllOf is { Count: > 0 } parts && (schema.Properties is null || schema.Properties.Count == 0))
        {
            // An allOf composition is the standard schema when one of its parts is.
            return parts.Any(part => Problem(part) is null) ? null : "no part of its allOf is the standard error schema";
        }

        if (schema.Type is { } type && !type.HasFlag(JsonSchemaType.Object))
        {
            return "it is not an object";
        }

        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var missing = new List<string>();
        foreach (var (name, expected) in new[] { ("code", JsonSchemaType.Integer), ("type", JsonSchemaType.String), ("message", JsonSchemaType.String) })
        {
            if (!properties.TryGetValue(name, out var property))
            {
                missing.Add($"'{name}' is missing");
            }
            else if (property.Type is { } actual && !actual.HasFlag(expected))
            {
                missing.Add($"'{name}' is not {(expected == JsonSchemaType.Integer ? "an integer" : "a string")}");
            }
        }

        var required = schema.Required ?? new HashSet<string>();
        missing.AddRange(new[] { "code", "type" }.Where(name => !required.Contains(name)).Select(name => $"'{name}' is not required"));
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }
}
