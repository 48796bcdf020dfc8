using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary><c>registered-codes</c>: every declared status code is in the IANA HTTP Status Code Registry.</summary>
public sealed class RegisteredCodesCheck : IRuleCheck
{
    /// <summary>
    /// The registry's assigned codes (https://www.iana.org/assignments/http-status-codes), without
    /// 306 and 418, which it lists as "(Unused)".
    /// </summary>
    public static IReadOnlySet<int> Registered { get; } = new HashSet<int>(
        new[] { 100, 101, 102, 103, 104 }
            .Concat(Enumerable.Range(200, 9)).Append(226)
            .Concat([300, 301, 302, 303, 304, 305, 307, 308])
            .Concat(Enumerable.Range(400, 18))
            .Concat([421, 422, 423, 424, 425, 426, 428, 429, 431, 451])
            .Concat(Enumerable.Range(500, 9)).Concat([510, 511]));

    /// <inheritdoc />
    public IEnumerable<RuleFinding> Check(ApiOperation operation) =>
        operation.Responses
            .Where(response => StatusCodes.IsCode(response.Code) && !Registered.Contains(int.Parse(response.Code, System.Globalization.CultureInfo.InvariantCulture)))
            .Select(response => new RuleFinding(response.Pointer, operation)
            {
                Code = response.Code,
                Values = new Dictionary<string, string> { ["class"] = response.Code[..1] },
            });
}
