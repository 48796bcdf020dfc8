using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// <c>level3-profiles: [entity]</c>: the path item declares one of these profiles, by short name
/// or by any accepted URI form (unlike <c>profiles</c>, which compares the text as written).
/// </summary>
public sealed class DeclaredProfileCondition(IReadOnlyCollection<string> names) : ICondition
{
    private readonly HashSet<string> names = new(names, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Holds(ApiOperation operation) =>
        operation.Profiles.Any(written => ProfileName.Parse(written, out _) is { } name && names.Contains(name));
}
