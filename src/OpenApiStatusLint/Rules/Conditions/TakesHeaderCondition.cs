using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>
/// <c>takes-header: If-Match</c>: the operation has a header parameter of that name (compared
/// case-insensitively, as HTTP does); with <paramref name="requiredOnly"/>, only a required one counts.
/// </summary>
public sealed class TakesHeaderCondition(string header, bool requiredOnly) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation) =>
        operation.FindParameter(ParameterLocation.Header, header) is { } parameter && (!requiredOnly || parameter.Required);
}
