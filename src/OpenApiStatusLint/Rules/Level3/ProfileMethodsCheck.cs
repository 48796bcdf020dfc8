using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-methods: {profiles: …}</c>: the operation's method is one the resource's base profile offers (it has a row for it).</summary>
public sealed class ProfileMethodsCheck(ProfileTable table) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        var profiles = ResourceProfiles.Of(operation, table);
        if (profiles.Base is null || profiles.Base.Row(operation.Method) is not null)
        {
            return [];
        }

        var values = new Dictionary<string, string>
        {
            ["profile"] = profiles.Base.Name,
            ["offered"] = string.Join(", ", profiles.Base.Methods.Keys),
            ["page"] = profiles.Base.Page,
        };
        return [new RuleFinding(operation.Pointer, operation) { Values = values }];
    }
}
