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
        // Index loops, not Any(): this runs for every operation and rule, and lambdas or enumerators would be allocations each time.
        var responses = operation.Responses;
        for (var r = 0; r < responses.Count; r++)
        {
            for (var c = 0; c < codes.Count; c++)
            {
                if (CodeMatcher.Matches(codes[c], responses[r].Code))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
