using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>
/// A yes/no property of the operation compared with the value the pack gives
/// (<c>secured: true</c>, <c>has-request-body: false</c>).
/// </summary>
public sealed class FlagCondition(Func<ApiOperation, bool> property, bool expected) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => property(operation) == expected;
}
