using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// <c>level3-profile-declaration: {profiles: …}</c>: a path item's <c>x-level3-profiles</c> names
/// only known profiles, exactly one of them a base profile. Run once per path item (<c>scope: path-item</c>), at the
/// list or the item at fault.
/// </summary>
public sealed class ProfileDeclarationCheck(ProfileTable table) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        if (operation.Profiles.Count == 0)
        {
            yield break;
        }

        foreach (var problem in ResourceProfiles.Of(operation, table).Problems)
        {
            var values = new Dictionary<string, string> { ["problem"] = problem.Problem };
            if (problem.Profile is not null)
            {
                values["profile"] = problem.Profile;
            }

            yield return new RuleFinding(problem.Pointer, operation) { Values = values };
        }
    }
}
