using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>Holds when every inner condition holds (the members of a <c>when</c> mapping); an empty list always holds.</summary>
public sealed class AllConditions(IReadOnlyList<ICondition> conditions) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => conditions.All(condition => condition.Holds(operation));
}
