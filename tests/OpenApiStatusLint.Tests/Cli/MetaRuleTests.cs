using System.Text.Json.Nodes;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// The input and meta rules (suppressions, the baseline) are rules like the others: listed,
/// documented, described in SARIF, and set in <c>.statuslint.yaml</c> where that makes sense.
/// </summary>
public class MetaRuleTests
{
    private static readonly string[] MetaRules = ["suppression-without-reason", "unused-suppression", "suppression-of-unknown-rule", "stale-baseline-entry"];

    [Fact]
    public void Rules_all_lists_the_input_and_meta_rules_with_their_pack_and_severity()
    {
        var (exitCode, output, _) = InProcessCli.Run(Repo.Root, "rules", "--all");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"(?m)^unused-suppression\s+meta\s+note\s+-\s+Every x-statuslint-ignore entry silences something\.$");
        output.Should().MatchRegex(@"(?m)^suppression-without-reason\s+meta\s+warning\s+-\s+");
        output.Should().MatchRegex(@"(?m)^suppression-of-unknown-rule\s+meta\s+warning\s+-\s+");
        output.Should().MatchRegex(@"(?m)^stale-baseline-entry\s+meta\s+note\s+-\s+");
        output.Should().MatchRegex(@"(?m)^parse-error\s+input\s+error\s+-\s+");
        output.Should().MatchRegex(@"(?m)^unresolved-ref\s+input\s+error\s+-\s+");
        InProcessCli.Run(Repo.Root, "rules").Output.Should().NotContain("unused-suppression", "without --all only the selected packs are listed");
    }

    [Fact]
    public void Rules_all_as_json_gives_each_meta_rule_its_page()
    {
        var rules = JsonNode.Parse(InProcessCli.Run(Repo.Root, "rules", "--all", "--format", "json").Output)!.AsArray();

        foreach (var id in MetaRules)
        {
            var rule = rules.Single(r => (string)r!["id"]! == id)!;
            ((string)rule["pack"]!).Should().Be("meta");
            ((string)rule["helpUri"]!).Should().EndWith($"/rules/docs/{id}.md");
            File.Exists(Path.Combine(Repo.Root, "rules", "docs", id + ".md")).Should().BeTrue();
        }
    }

    [Fact]
    public void Sarif_describes_the_meta_rules_with_a_help_uri()
    {
        var (_, output, _) = InProcessCli.Run(Repo.Root, "lint", "samples/bad/suppressions.yaml", "--format", "sarif");

        var rules = JsonNode.Parse(output)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        foreach (var id in new[] { "suppression-without-reason", "unused-suppression", "suppression-of-unknown-rule" })
        {
            var rule = rules.Single(r => (string)r!["id"]! == id)!;
            ((string)rule["helpUri"]!).Should().Be(RuleDocumentation.UriFor(id).ToString());
            ((string)rule["help"]!["markdown"]!).Should().StartWith($"# {id}");
        }
    }

    [Fact]
    public void Unused_suppression_off_in_the_config_hides_its_notes()
    {
        using var folder = SuppressionsSample("rules:\n  unused-suppression: off\n");

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        exitCode.Should().Be(1, error);
        output.Should().NotContain("unused-suppression").And.NotContain("silences nothing");
        output.Should().Contain("suppression-without-reason").And.Contain("suppression-of-unknown-rule");
        output.Should().Contain("✖ 3 problems (1 error, 2 warnings, 0 notes)");
    }

    [Fact]
    public void A_meta_rule_can_be_given_another_severity()
    {
        using var folder = SuppressionsSample("rules:\n  suppression-without-reason: error\n  suppression-of-unknown-rule: note\n");

        var (_, output, _) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        output.Should().Contain("openapi.yaml:16:11  error    x-statuslint-ignore for 'error-body-uses-standard-schema' gives no reason");
        output.Should().Contain("openapi.yaml:18:11  note     x-statuslint-ignore names 'operation-declares-50'");
    }

    [Theory]
    [InlineData("warning", "warning  baseline entry")]
    [InlineData("off", null)]
    public void Stale_baseline_entry_follows_the_config(string setting, string? expected)
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("petstore-3.0.yaml")));
        folder.Write("baseline.json", "{\"entries\": [{\"file\":\"openapi.yaml\",\"rule\":\"operation-declares-500\",\"pointer\":\"#/paths/~1gone/get\"}]}");
        folder.Write(".statuslint.yaml", $"rules:\n  stale-baseline-entry: {setting}\n");

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml", "--baseline", "baseline.json", "--fail-on", "note");

        if (expected is null)
        {
            exitCode.Should().Be(0, output + error);
            output.Should().NotContain("stale-baseline-entry");
        }
        else
        {
            exitCode.Should().Be(1, output + error);
            // The entry is where this one-line file has it (line 1, column 14), not where a written baseline would.
            output.Should().Contain("baseline.json:1:14  " + expected).And.Contain("stale-baseline-entry");
        }
    }

    [Fact]
    public void An_input_rule_cannot_be_turned_off()
    {
        using var folder = SuppressionsSample("rules:\n  parse-error: off\n");

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        exitCode.Should().Be(2);
        error.Trim().Should().Be("statuslint: .statuslint.yaml:2:3: rule 'parse-error' cannot be set: a file that cannot be read is always reported, since nothing in it was checked");
    }

    [Fact]
    public void A_meta_rule_in_an_override_is_refused_with_where_it_belongs()
    {
        using var folder = SuppressionsSample("overrides:\n  - paths: ['/health']\n    rules:\n      unused-suppression: off\n");

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        exitCode.Should().Be(2);
        error.Trim().Should().Be("statuslint: .statuslint.yaml:4:7: rule 'unused-suppression' is set for the whole run; move it to the top-level rules:");
    }

    private static TempFolder SuppressionsSample(string config)
    {
        var folder = new TempFolder();
        folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("bad/suppressions.yaml")));
        folder.Write(".statuslint.yaml", config);
        return folder;
    }
}
