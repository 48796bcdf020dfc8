using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// <c>level3-required-methods: {profiles: …}</c>: the path item declares every method its base
/// profile offers that the table does not mark <c>optional</c>. One finding per path item, at its
/// key, naming every missing method.
/// </summary>
public sealed class RequiredMethodsCheck(ProfileTable table) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        if (ResourceProfiles.Of(operation, table).Base is not { } profile)
        {
            return [];
        }

        var declared = operation.PathItemMethods;
        var missing = profile.Methods.Values.Where(row => !row.Optional && !declared.Contains(row.Method)).Select(row => row.Method).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var values = new Dictionary<string, string> { ["profile"] = profile.Name, ["missing"] = string.Join(", ", missing), ["page"] = profile.Page };
        return [new RuleFinding(operation.PathItemPointer, operation) { Values = values }];
    }
}
