using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>
/// <c>declares: [201]</c> or <c>declares: [4XX]</c>: the operation declares one of these keys; a
/// range in the list also matches any declared code in that range.
/// </summary>
public sealed class DeclaresCondition(IReadOnlyList<string> codes) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation)
    {
        // An index loop, not Any(): this runs for every operation and rule, and a lambda or an enumerator would be an allocation each time.
        var responses = operation.Responses;
        for (var i = 0; i < responses.Count; i++)
        {
            if (CodeMatcher.Selects(codes, responses[i].Code))
            {
                return true;
            }
        }

        return false;
    }
}
