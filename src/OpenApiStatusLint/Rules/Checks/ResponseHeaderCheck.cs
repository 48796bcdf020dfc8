using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>response-header: {codes: [201], all: [Location]}</c>: each declared response with one of the codes declares every header.</summary>
public sealed class ResponseHeaderCheck(IReadOnlyList<string> codes, IReadOnlyList<string> headers) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        foreach (var response in operation.Responses)
        {
            if (!response.IsResolved || !CodeMatcher.Selects(codes, response.Code))
            {
                continue;
            }

            foreach (var header in headers.Where(header => !response.DeclaresHeader(header)))
            {

                yield return new RuleFinding(response.Pointer, operation)
                {
                    Code = response.Code,
                    Header = header,
                    Related = response.ReferenceChain,
                    Definition = response.DefinitionPointer,
                    Fix = new FixRequest.AddHeader(response.Code, header, response.ReferenceChain.Count > 0 ? response.ReferenceChain[^1] : response.Pointer),
                };
            }
        }
    }
}
