using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>has-parameters-in: [query, header, cookie]</c>: the operation takes a parameter in one of these locations.</summary>
public sealed class ParameterLocationCondition(IReadOnlyCollection<ParameterLocation> locations) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation)
    {
        // An index loop, not Any(): this runs for every operation and rule, and a lambda or an enumerator would be an allocation each time.
        var parameters = operation.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Location is { } location && locations.Contains(location))
            {
                return true;
            }
        }

        return false;
    }
}
