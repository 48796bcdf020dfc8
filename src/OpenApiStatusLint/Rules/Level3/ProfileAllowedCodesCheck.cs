using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// <c>level3-allowed-codes: {profiles: …, always: […]}</c>: every status code the operation
/// declares is named by a row of one of its profiles for its method, or by <c>always</c> (codes
/// any resource may return). Ranges and <c>default</c> are not checked: they name no code.
/// </summary>
public sealed class ProfileAllowedCodesCheck(ProfileTable table, IReadOnlyList<string> always) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        var profiles = ResourceProfiles.Of(operation, table);
        if (profiles.Base?.Row(operation.Method) is null)
        {
            yield break;
        }

        var allowed = profiles.RowsFor(operation.Method).SelectMany(pair => pair.Row.AllCodes).Concat(always).ToList();
        foreach (var response in operation.Responses)
        {
            if (!StatusCodes.IsCode(response.Code) || allowed.Any(code => CodeMatcher.Matches(code, response.Code)))
            {
                continue;
            }

            yield return new RuleFinding(response.Pointer, operation)
            {
                Code = response.Code,
                Values = new Dictionary<string, string>
                {
                    ["profile"] = profiles.DisplayName,
                    ["allowed"] = string.Join(", ", allowed.Distinct().Order(StringComparer.Ordinal)),
                },
                Related = response.ReferenceChain,
            };
        }
    }
}
