using OpenApiStatusLint.Model;
using OpenApiStatusLint.Model.Schemas;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary>
/// <c>error-schema: {codes: [4XX, 5XX]}</c>: each selected response that has a body uses the
/// standard error schema (<see cref="StandardErrorSchema"/>: <c>code</c> and <c>type</c> required,
/// <c>message</c> optional; <c>allOf</c> merged, every <c>oneOf</c>/<c>anyOf</c> alternative
/// standard). Responses without a body are left to the body rules, and HEAD responses, which have
/// no content (RFC 9110 section 9.3.2), to <c>head-response-has-no-body</c>.
/// </summary>
public sealed class ErrorSchemaCheck(IReadOnlyList<string>? codes) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        if (operation.Method == "HEAD")
        {
            yield break;
        }

        foreach (var response in operation.Responses)
        {
            if (!response.HasBody || !CodeMatcher.Selects(codes, response.Code))
            {
                continue;
            }

            var (problem, schema) = response.Content
                .Select(media => (Problem: StandardErrorSchema.Problem(media.Schema), media.Schema))
                .FirstOrDefault(found => found.Problem is not null);
            if (problem is not null)
            {
                yield return new RuleFinding(response.Pointer, operation)
                {
                    Code = response.Code,
                    Values = new Dictionary<string, string> { ["problem"] = problem },
                    Related = response.ReferenceChain,
                    Definition = DefinitionOf(schema, response.DefinitionPointer),
                };
            }
        }
    }

    // The schema is the place to fix, shared by every response whose content uses it (by $ref, or
    // by a $ref to the response that holds it); a response without a schema is its own definition.
    private static string DefinitionOf(SchemaView? schema, string response) => schema?.Pointer ?? response;
}
