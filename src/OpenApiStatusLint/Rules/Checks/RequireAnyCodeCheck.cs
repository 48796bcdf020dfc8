using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary>
/// <c>require-any-code: [400, 422, 4XX]</c>: the operation declares at least one of these keys
/// (each compared as written, so a range counts only when it is listed). One finding on
/// <c>responses</c>, naming the codes joined by "or".
/// </summary>
public sealed class RequireAnyCodeCheck(IReadOnlyList<string> codes) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        if (!codes.Any(operation.ResponsesByCode.ContainsKey))
        {
            yield return new RuleFinding(operation.ResponsesPointer ?? operation.Pointer, operation) { Code = string.Join(" or ", codes) };
        }
    }
}
