using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary>
/// <c>response-body: {codes: [204], body: forbidden}</c>: each declared response with one of the
/// codes (every response when <c>codes</c> is absent) has, or has no, content. A body is never
/// required of a HEAD response: HEAD responses carry no content (RFC 9110 section 9.3.2).
/// </summary>
public sealed class ResponseBodyCheck(IReadOnlyList<string>? codes, BodyRule body) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        if (body == BodyRule.Required && operation.Method == "HEAD")
        {
            yield break;
        }

        foreach (var response in operation.Responses)
        {
            if (!response.IsResolved || !CodeMatcher.Selects(codes, response.Code))
            {
                continue;
            }

            if (response.HasBody != (body == BodyRule.Required))
            {
                yield return new RuleFinding(response.Pointer, operation) { Code = response.Code, Related = response.ReferenceChain, Definition = response.DefinitionPointer };
            }
        }
    }
}
