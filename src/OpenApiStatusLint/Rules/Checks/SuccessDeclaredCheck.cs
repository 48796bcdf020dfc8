using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>success-declared</c>: the operation declares some 2xx or 3xx response (or 101).</summary>
public sealed class SuccessDeclaredCheck : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        if (!operation.Responses.Any(response => StatusCodes.IsSuccess(response.Code)))
        {
            yield return new RuleFinding(operation.ResponsesPointer ?? operation.Pointer, operation);
        }
    }
}
