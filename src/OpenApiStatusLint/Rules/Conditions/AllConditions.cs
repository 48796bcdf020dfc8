using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>Holds when every inner condition holds (the members of a <c>when</c> mapping); an empty list always holds.</summary>
public sealed class AllConditions(IReadOnlyList<ICondition> conditions) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation)
    {
        // An index loop, not All(): this runs for every operation and rule, and a lambda or an enumerator would be an allocation each time.
        for (var i = 0; i < conditions.Count; i++)
        {
            if (!conditions[i].Holds(operation))
            {
                return false;
            }
        }

        return true;
    }
}
