using System.Text.Json.Nodes;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>The SARIF output, as GitHub code scanning reads it.</summary>
public class SarifReporterTests
{
    private const string BadSample = "samples/bad/invalid-status-code.yaml";

    private static JsonNode Run(JsonNode sarif) => sarif["runs"]![0]!;

    private static JsonNode Sarif(params string[] args)
    {
        var (_, output, error) = Reports.Cli(["lint", .. args, "--format", "sarif"]);
        error.Should().BeEmpty();
        return JsonNode.Parse(output)!;
    }

    [Fact]
    public void The_log_names_the_schema_the_tool_and_every_rule_with_its_help()
    {
        var sarif = Sarif(BadSample, "--pack", "http");

        sarif["$schema"]!.GetValue<string>().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        sarif["version"]!.GetValue<string>().Should().Be("2.1.0");
        var driver = Run(sarif)["tool"]!["driver"]!;
        driver["name"]!.GetValue<string>().Should().Be("statuslint");
        driver["semanticVersion"]!.GetValue<string>().Should().MatchRegex(@"^\d+\.\d+\.\d+");
        driver["informationUri"]!.GetValue<string>().Should().StartWith("https://");
        var rules = driver["rules"]!.AsArray();
        rules.Select(rule => rule!["id"]!.GetValue<string>()).Should().Contain(["response-code-is-valid", "operation-declares-success"]);
        foreach (var rule in rules)
        {
            rule!["name"]!.GetValue<string>().Should().MatchRegex("^[A-Z][A-Za-z0-9]*$");
            rule["shortDescription"]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            rule["fullDescription"]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            rule["help"]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            rule["help"]!["markdown"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            rule["defaultConfiguration"]!["level"]!.GetValue<string>().Should().BeOneOf("error", "warning", "note");
            rule["properties"]!["precision"]!.GetValue<string>().Should().Be("very-high");
        }

        rules.Single(rule => rule!["id"]!.GetValue<string>() == "response-code-is-valid")!["helpUri"]!.GetValue<string>()
            .Should().EndWith("rules/docs/response-code-is-valid.md");
    }

    [Fact]
    public void Results_point_at_their_rule_and_at_a_relative_file_and_region()
    {
        var run = Run(Sarif(BadSample, "--pack", "http"));

        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = run["results"]!.AsArray();
        results.Should().HaveCount(2);
        foreach (var result in results)
        {
            var ruleId = result!["ruleId"]!.GetValue<string>();
            rules[result["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>().Should().Be(ruleId);
            result["level"]!.GetValue<string>().Should().Be("error");
            result["message"]!["text"]!.GetValue<string>().Should().EndWith(".");
            result["partialFingerprints"]!["statuslint/v1"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        }

        var first = results[0]!["locations"]![0]!;
        first["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().Should().Be(BadSample);
        first["physicalLocation"]!["artifactLocation"]!["uriBaseId"]!.GetValue<string>().Should().Be("%SRCROOT%");
        var region = first["physicalLocation"]!["region"]!;
        region["startLine"]!.GetValue<int>().Should().Be(55);
        region["startColumn"]!.GetValue<int>().Should().Be(9);
        region["endLine"]!.GetValue<int>().Should().Be(55);
        region["endColumn"]!.GetValue<int>().Should().BeGreaterThan(9);
        first["logicalLocations"]![0]!["name"]!.GetValue<string>().Should().Be("GET /pets/{petId}");
        first["logicalLocations"]![0]!["fullyQualifiedName"]!.GetValue<string>().Should().StartWith("#/paths/");

        run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>().Should().StartWith("file:///").And.EndWith("/");
        run["automationDetails"]!["id"]!.GetValue<string>().Should().Be("statuslint/");
        run["columnKind"]!.GetValue<string>().Should().Be("utf16CodeUnits");
        run["invocations"]![0]!["executionSuccessful"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public void Sarif_root_and_category_options_change_the_uris_and_the_automation_id()
    {
        var run = Run(Sarif(BadSample, "--pack", "http", "--sarif-root", "samples", "--sarif-category", "api/petstore"));

        run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>()
            .Should().Be("bad/invalid-status-code.yaml");
        run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>().Should().EndWith("/samples/");
        run["automationDetails"]!["id"]!.GetValue<string>().Should().Be("api/petstore");
    }

    [Fact]
    public void Fingerprints_stay_the_same_when_lines_are_inserted_above_the_finding()
    {
        using var temp = new TempFolder();
        var spec = Specs.Yaml30("  /pets:\n    get:\n      responses:\n        '600':\n          description: odd\n        '200':\n          description: ok\n");
        var file = temp.Write("openapi.yaml", spec);
        var before = Results(file, temp.Path);
        File.WriteAllText(file, "# one\n# two\n# three\n" + spec);
        var after = Results(file, temp.Path);

        before.Should().NotBeEmpty();
        after.Select(r => r.Fingerprint).Should().Equal(before.Select(r => r.Fingerprint));
        after.Select(r => r.Line).Should().Equal(before.Select(r => r.Line + 3));
    }

    [Fact]
    public void An_unreadable_input_still_gives_valid_sarif_with_a_failed_invocation()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/invalid/not-yaml.yaml", "--format", "sarif");

        exitCode.Should().Be(2);
        var run = Run(JsonNode.Parse(output)!);
        var invocation = run["invocations"]![0]!;
        invocation["executionSuccessful"]!.GetValue<bool>().Should().BeFalse();
        var notification = invocation["toolExecutionNotifications"]!.AsArray().Should().ContainSingle().Subject!;
        notification["level"]!.GetValue<string>().Should().Be("error");
        notification["message"]!["text"]!.GetValue<string>().Should().Contain("invalid YAML");
        var result = run["results"]!.AsArray().Should().ContainSingle().Subject!;
        result["ruleId"]!.GetValue<string>().Should().Be(InputRuleIds.ParseError);
        var rule = run["tool"]!["driver"]!["rules"]![result["ruleIndex"]!.GetValue<int>()]!;
        rule["id"]!.GetValue<string>().Should().Be(InputRuleIds.ParseError);
        rule["fullDescription"]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>().Should().Be(9);
    }

    [Fact]
    public void Over_the_result_limit_the_most_severe_are_kept_and_a_notification_says_so()
    {
        var report = Reports.Lint(Repo.Sample("remote-ref.yaml"), Repo.Sample("bad/invalid-status-code.yaml"));
        report.Diagnostics.Select(d => d.Severity).Should().Contain([Severity.Note, Severity.Error]);

        var run = Run(JsonNode.Parse(Reports.Write(new SarifReporter { MaxResults = 2 }, report, new ReportContext(Repo.Root)))!);

        run["results"]!.AsArray().Select(r => r!["level"]!.GetValue<string>()).Should().Equal("error", "error");
        run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray().Should().ContainSingle()
            .Which!["message"]!["text"]!.GetValue<string>().Should().Contain("only the 2 most severe");
    }

    [Fact]
    public void A_fix_becomes_sarif_edits_when_the_extension_point_computes_them_and_a_description_otherwise()
    {
        var file = Path.Combine(Repo.Root, "samples", "petstore-3.0.yaml");
        var diagnostic = new Diagnostic("x-missing-500", Severity.Warning, "GET /pets declares no 500", new SourceRange(file, 10, 5, 10, 9), "#/paths/~1pets/get")
        {
            Operation = "GET /pets",
            Fix = new SuggestedFix(FixKind.AddResponse, "#/paths/~1pets/get", "500"),
        };
        var report = new LintReport([new FileReport(file, [diagnostic], false, ["GET /a"])], []);
        var context = new ReportContext(Repo.Root);

        var described = Run(JsonNode.Parse(Reports.Write(new SarifReporter(), report, context))!)["results"]![0]!;
        var edited = Run(JsonNode.Parse(Reports.Write(
            new SarifReporter { FixEdits = d => [new SarifFixEdit(d.Location.File, 12, 9, 12, 9, "'500':\n")] }, report, context))!)["results"]![0]!;

        described["fixes"].Should().BeNull();
        described["properties"]!["statuslint/fix"]!.GetValue<string>().Should().Contain("500");
        var change = edited["fixes"]![0]!["artifactChanges"]![0]!;
        change["artifactLocation"]!["uri"]!.GetValue<string>().Should().Be("samples/petstore-3.0.yaml");
        var replacement = change["replacements"]![0]!;
        replacement["deletedRegion"]!["startLine"]!.GetValue<int>().Should().Be(12);
        replacement["deletedRegion"]!["endColumn"]!.GetValue<int>().Should().Be(9);
        replacement["insertedContent"]!["text"]!.GetValue<string>().Should().Be("'500':\n");
    }

    [Fact]
    public void Suppressed_and_baselined_findings_stay_in_the_log_marked()
    {
        var file = Path.Combine(Repo.Root, "samples", "petstore-3.0.yaml");
        var finding = new Diagnostic("x-rule", Severity.Error, "bad", SourceRange.At(file, 3, 1), "#/paths");
        var report = new LintReport(
            [new FileReport(file, [finding with { Suppression = new Suppression("legacy", "#/x-statuslint-ignore") }, finding with { Baseline = BaselineState.Unchanged }], false, ["GET /a"])],
            []);

        var results = Run(JsonNode.Parse(Reports.Write(new SarifReporter(), report, new ReportContext(Repo.Root)))!)["results"]!.AsArray();

        results[0]!["suppressions"]![0]!["kind"]!.GetValue<string>().Should().Be("inSource");
        results[0]!["suppressions"]![0]!["justification"]!.GetValue<string>().Should().Be("legacy");
        results[1]!["baselineState"]!.GetValue<string>().Should().Be("unchanged");
        Reports.Write(new GithubReporter(), report, new ReportContext(Repo.Root)).Should().NotContain("::error");
    }

    private static List<(string Fingerprint, int Line)> Results(string file, string baseDirectory)
    {
        var sarif = JsonNode.Parse(Reports.Write(new SarifReporter(), Reports.Lint(file), new ReportContext(baseDirectory)))!;
        return Run(sarif)["results"]!.AsArray()
            .Select(r => (
                r!["partialFingerprints"]!["statuslint/v1"]!.GetValue<string>(),
                r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>()))
            .ToList();
    }
}
