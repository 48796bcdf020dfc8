using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>any-of: [{…}, {…}]</c>: at least one of the inner condition sets holds.</summary>
public sealed class AnyCondition(IReadOnlyList<ICondition> alternatives) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => alternatives.Any(condition => condition.Holds(operation));
}
