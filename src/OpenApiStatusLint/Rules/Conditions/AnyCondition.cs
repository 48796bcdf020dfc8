using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>any-of: [{…}, {…}]</c>: at least one of the inner condition sets holds.</summary>
public sealed class AnyCondition(IReadOnlyList<ICondition> alternatives) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation)
    {
        // An index loop, not Any(): this runs for every operation and rule, and a lambda or an enumerator would be an allocation each time.
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (alternatives[i].Holds(operation))
            {
                return true;
            }
        }

        return false;
    }
}
