using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>has-parameters-in: [query, header, cookie]</c>: the operation takes a parameter in one of these locations.</summary>
public sealed class ParameterLocationCondition(IReadOnlyCollection<ParameterLocation> locations) : ICondition
{
    /// <inheritdoc />
    public bool Holds(ApiOperation operation) =>
        operation.Parameters.Any(parameter => parameter.Location is { } location && locations.Contains(location));
}
