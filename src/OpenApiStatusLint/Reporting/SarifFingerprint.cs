using System.Security.Cryptography;
using System.Text;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// SARIF <c>partialFingerprints["statuslint/v1"]</c>: built from what identifies a finding in the
/// document (rule, file, JSON pointer) and not from line numbers, so that code scanning keeps
/// tracking an alert when lines are added above it.
/// </summary>
internal sealed class SarifFingerprint
{
    /// <summary>The key in <c>partialFingerprints</c>; bump the version if the inputs ever change.</summary>
    public const string Key = "statuslint/v1";

    private readonly Dictionary<string, int> occurrences = new(StringComparer.Ordinal);

    /// <summary>
    /// The fingerprint of a finding. Without a pointer the message stands in for it. Repeats of
    /// the same inputs get <c>:2</c>, <c>:3</c>, ... so that each result keeps its own.
    /// </summary>
    public string Next(string ruleId, string relativeFile, string? pointer, string message)
    {
        var input = string.Join('\0', ruleId, relativeFile, pointer ?? "message:" + message);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..32];
        var count = occurrences[hash] = occurrences.GetValueOrDefault(hash) + 1;
        return $"{hash}:{count}";
    }
}
