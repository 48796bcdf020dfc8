using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>not: {…}</c>: the inner condition set does not hold.</summary>
public sealed class NotCondition(ICondition inner) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => !inner.Holds(operation);
}
