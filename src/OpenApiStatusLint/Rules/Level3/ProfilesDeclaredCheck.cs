using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>level3-profiles-declared: {}</c>: a path item declares <c>x-level3-profiles</c>; run once per path item (<c>scope: path-item</c>), at its key.</summary>
public sealed class ProfilesDeclaredCheck : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        if (operation.Profiles.Count > 0 || operation.Source != OperationSource.Path)
        {
            return [];
        }

        return [new RuleFinding(operation.PathItemPointer, operation)];
    }
}
