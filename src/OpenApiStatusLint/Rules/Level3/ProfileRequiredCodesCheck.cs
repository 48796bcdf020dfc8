using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// <c>level3-required-codes: {profiles: …}</c>: the operation declares what the rows of its
/// profiles for its method require: each <c>requires</c> code, one of the <c>one-of</c> codes, the
/// <c>when-header</c> codes when it takes that request header, and the <c>when-header-required</c>
/// codes when it requires it. As with <c>require-codes</c>, a
/// range key of the same class only softens the finding to a note. Methods the base profile does
/// not offer are another rule's.
/// </summary>
public sealed class ProfileRequiredCodesCheck(ProfileTable table) : IRuleCheck
{
    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation)
    {
        var profiles = ResourceProfiles.Of(operation, table);
        if (profiles.Base?.Row(operation.Method) is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (profile, row) in profiles.RowsFor(operation.Method))
        {
            foreach (var (codes, reason) in Requirements(operation, row))
            {
                var code = string.Join(" or ", codes);
                if (!seen.Add(code) || codes.Any(operation.ResponsesByCode.ContainsKey))
                {
                    continue;
                }

                var finding = new RuleFinding(operation.ResponsesPointer ?? operation.Pointer, operation)
                {
                    Code = code,
                    Values = new Dictionary<string, string> { ["profile"] = profile.Name, ["reason"] = reason, ["page"] = profile.Page },
                };
                var range = codes.Count == 1 && StatusCodes.IsCode(codes[0]) ? $"{codes[0][0]}XX" : null;
                yield return range is not null && operation.ResponsesByCode.ContainsKey(range)
                    ? finding with { Severity = Severity.Note, Detail = $"({range} covers it; declare {code} so clients can tell it apart)" }
                    : finding;
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<string> Codes, string Reason)> Requirements(ApiOperation operation, ProfileMethod row)
    {
        foreach (var code in row.Requires)
        {
            yield return ([code], $"for {operation.Method}");
        }

        if (row.OneOf.Count > 0)
        {
            yield return (row.OneOf, $"for {operation.Method}");
        }

        foreach (var (header, codes) in row.WhenHeader)
        {
            if (operation.FindParameter(ParameterLocation.Header, header) is null)
            {
                continue;
            }

            foreach (var code in codes)
            {
                yield return ([code], $"when {operation.Method} takes {header}");
            }
        }

        foreach (var (header, codes) in row.WhenHeaderRequired)
        {
            if (operation.FindParameter(ParameterLocation.Header, header) is not { Required: true })
            {
                continue;
            }

            foreach (var code in codes)
            {
                yield return ([code], $"when {operation.Method} requires {header}");
            }
        }
    }
}
