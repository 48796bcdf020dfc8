using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// <c>response-header-one-of: {codes: [200], headers: [ETag, Last-Modified]}</c>: each declared
/// response with one of the codes declares at least one of the headers (Entity asks for a
/// validator, and either kind will do).
/// </summary>
public sealed class AnyResponseHeaderCheck(IReadOnlyList<string> codes, IReadOnlyList<string> headers) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        foreach (var response in operation.Responses)
        {
            if (!response.IsResolved || !CodeMatcher.Selects(codes, response.Code) || headers.Any(response.DeclaresHeader))
            {
                continue;
            }

            yield return new RuleFinding(response.Pointer, operation) { Code = response.Code, Header = string.Join(" or ", headers), Related = response.ReferenceChain, Definition = response.DefinitionPointer };
        }
    }
}
