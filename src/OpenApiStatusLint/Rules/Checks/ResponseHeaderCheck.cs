using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>response-header: {codes: [201], header: Location}</c>: each declared response with one of the codes declares the header.</summary>
public sealed class ResponseHeaderCheck(IReadOnlyList<string> codes, string header) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        foreach (var response in operation.Responses)
        {
            if (!response.IsResolved || !CodeMatcher.Selects(codes, response.Code) || response.DeclaresHeader(header))
            {
                continue;
            }

            var arguments = Arguments.For(operation, response.Code);
            arguments["header"] = header;
            yield return new RuleFinding(response.Pointer, arguments)
            {
                Related = response.ReferenceChain,
                Definition = response.DefinitionPointer,
                FixHeader = header,
                FixCode = response.Code,
                FixTarget = response.ReferenceChain.Count > 0 ? response.ReferenceChain[^1] : response.Pointer,
            };
        }
    }
}
