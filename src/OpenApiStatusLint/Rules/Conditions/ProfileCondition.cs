using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>profiles: [data]</c>: the operation's resource declares one of these Level 3 profiles (case-insensitive).</summary>
public sealed class ProfileCondition(IReadOnlyCollection<string> profiles) : ICondition
{
    private readonly HashSet<string> profiles = new(profiles, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => operation.Profiles.Any(profiles.Contains);
}
