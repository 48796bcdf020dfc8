using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>valid-response-keys</c>: every response key is 100–599, 1XX–5XX or <c>default</c>.</summary>
public sealed class ValidResponseKeysCheck : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation) =>
        operation.Responses
            // OpenAPI allows only an upper-case X in ranges; tools that match "4XX" literally miss "4xx".
            .Where(response => !StatusCodes.IsValidKey(response.Code) || (StatusCodes.IsRange(response.Code) && response.Code.Contains('x')))
            .Select(response => new RuleFinding(response.Pointer, operation) { Code = response.Code });
}
