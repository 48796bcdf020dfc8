using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>
/// <c>declares: [201]</c> or <c>declares: [4XX]</c>: the operation declares one of these keys; a
/// range in the list also matches any declared code in that range.
/// </summary>
public sealed class DeclaresCondition(IReadOnlyList<string> codes) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation) =>
        operation.Responses.Any(response => codes.Any(code => CodeMatcher.Matches(code, response.Code)));
}
