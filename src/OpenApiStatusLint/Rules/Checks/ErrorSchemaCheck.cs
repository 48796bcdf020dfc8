using OpenApiStatusLint.Model;
using OpenApiStatusLint.Model.Schemas;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary>
/// <c>error-schema: {codes: [4XX, 5XX]}</c>: each selected response that has a body uses the
/// standard error schema: an object with an integer <c>code</c>, a string <c>type</c> and a string
/// <c>message</c>, where <c>code</c> and <c>type</c> are required. Responses without a body are
/// left to the body rules.
/// </summary>
public sealed class ErrorSchemaCheck(IReadOnlyList<string>? codes) : IRuleCheck
{
    private const int MaxDepth = 32;

    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        foreach (var response in operation.Responses)
        {
            if (!response.HasBody || !CodeMatcher.Selects(codes, response.Code))
            {
                continue;
            }

            var (problem, schema) = response.Content
                .Select(media => (Problem: Problem(media.Schema), media.Schema))
                .FirstOrDefault(found => found.Problem is not null);
            if (problem is not null)
            {
                var arguments = Arguments.For(operation, response.Code);
                arguments["problem"] = problem;
                yield return new RuleFinding(response.Pointer, arguments)
                {
                    Related = response.ReferenceChain,
                    Definition = DefinitionOf(schema, response.DefinitionPointer),
                };
            }
        }
    }

    // The schema is the place to fix, shared by every response whose content uses it (by $ref, or
    // by a $ref to the response that holds it); a response without a schema is its own definition.
    private static string DefinitionOf(SchemaView? schema, string response) => schema?.Pointer ?? response;

    /// <summary>Why <paramref name="schema"/> is not the standard error schema, or null when it is.</summary>
    public static string? Problem(SchemaView? schema) => Problem(schema, 0);

    private static string? Problem(SchemaView? schema, int depth)
    {
        if (schema is null)
        {
            return "it has no schema";
        }

        var properties = schema.Properties;
        if (schema.AllOf is { Count: > 0 } parts && properties.Count == 0 && depth < MaxDepth)
        {
            // An allOf composition is the standard schema when one of its parts is.
            return parts.Any(part => Problem(part, depth + 1) is null) ? null : "no part of its allOf is the standard error schema";
        }

        if (schema.Types is { } types && !types.Contains("object"))
        {
            return "it is not an object";
        }

        var missing = new List<string>();
        foreach (var (name, expected) in new[] { ("code", "integer"), ("type", "string"), ("message", "string") })
        {
            if (!properties.TryGetValue(name, out var property))
            {
                missing.Add($"'{name}' is missing");
            }
            else if (property.Types is { } actual && !actual.Contains(expected))
            {
                missing.Add($"'{name}' is not {(expected == "integer" ? "an integer" : "a string")}");
            }
        }

        var required = schema.Required;
        missing.AddRange(new[] { "code", "type" }.Where(name => !required.Contains(name)).Select(name => $"'{name}' is not required"));
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }
}
