using System.Text.Json.Nodes;
using Json.Schema;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>The gitlab format: a GitLab Code Quality report that GitLab's documented shape accepts.</summary>
public class GitlabReporterTests
{
    // No npm or NuGet package ships a schema of the Code Quality report (eslint-formatter-gitlab,
    // codeclimate-types and markdownlint-cli2-formatter-codequality were looked at), so this one is
    // written from GitLab's documentation, doc/ci/testing/code_quality.md, "Implement a custom tool":
    // an array of objects with description, check_name, fingerprint, severity (info, minor, major,
    // critical or blocker), location.path (relative) and location.lines.begin or
    // location.positions.begin.line; other Code Climate fields are allowed and ignored.
    private const string CodeQualitySchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "array",
          "items": {
            "type": "object",
            "required": ["description", "check_name", "fingerprint", "severity", "location"],
            "properties": {
              "description": { "type": "string", "minLength": 1 },
              "check_name": { "type": "string", "minLength": 1 },
              "fingerprint": { "type": "string", "minLength": 1 },
              "severity": { "enum": ["info", "minor", "major", "critical", "blocker"] },
              "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                  "path": { "type": "string", "minLength": 1, "not": { "pattern": "^(/|[A-Za-z]:)" } },
                  "lines": {
                    "type": "object",
                    "required": ["begin"],
                    "properties": { "begin": { "type": "integer", "minimum": 1 }, "end": { "type": "integer", "minimum": 1 } }
                  },
                  "positions": {
                    "type": "object",
                    "required": ["begin"],
                    "properties": { "begin": { "type": "object", "required": ["line"], "properties": { "line": { "type": "integer", "minimum": 1 } } } }
                  }
                },
                "anyOf": [{ "required": ["lines"] }, { "required": ["positions"] }]
              }
            }
          }
        }
        """;

    private static readonly JsonSchema Schema = JsonSchema.FromText(CodeQualitySchema);

    [Fact]
    public void The_report_validates_against_the_code_quality_schema()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/missing-codes.yaml", "samples/bad/suppressions.yaml", "samples/invalid/not-yaml.yaml", "--format", "gitlab");

        exitCode.Should().Be(2, "a file that cannot be read makes the exit code 2");
        var report = JsonNode.Parse(output)!;
        Errors(report).Should().BeEmpty();
        report.AsArray().Should().HaveCountGreaterThan(30);
    }

    [Fact]
    public void The_schema_is_not_vacuous()
    {
        var report = JsonNode.Parse("""[{"description": "x", "check_name": "r", "fingerprint": "f", "severity": "error", "location": {"path": "/abs/a.yaml"}}]""")!;

        Errors(report).Should().HaveCountGreaterThanOrEqualTo(2, "severity 'error', an absolute path and no line are all refused");
    }

    [Fact]
    public void Each_finding_is_one_issue_with_its_rule_severity_path_and_line()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/invalid-status-code.yaml", "samples/bad/suppressions.yaml", "--format", "gitlab");

        exitCode.Should().Be(1);
        output.Should().StartWith("[", "GitLab's parser refuses a byte order mark");
        var issues = JsonNode.Parse(output)!.AsArray();
        var invalid = issues.Where(i => (string)i!["check_name"]! == "response-code-is-valid").ToList();
        invalid.Should().HaveCount(2);
        ((string)invalid[0]!["severity"]!).Should().Be("major");
        ((string)invalid[0]!["location"]!["path"]!).Should().Be("samples/bad/invalid-status-code.yaml");
        ((int)invalid[0]!["location"]!["lines"]!["begin"]!).Should().Be(55);
        ((string)invalid[0]!["description"]!).Should().StartWith("'600' is not an HTTP status code");
        issues.Select(i => (string)i!["severity"]!).Should().Contain(["minor", "info"], "warnings are minor and notes info");
        issues.Should().NotContain(i => (string)i!["check_name"]! == "operation-declares-500", "a suppressed finding is not shown");
    }

    [Fact]
    public void Fingerprints_are_unique_and_survive_lines_added_above_the_findings()
    {
        using var folder = new TempFolder();
        var original = File.ReadAllText(Repo.Sample("bad/missing-codes.yaml"));
        folder.Write("openapi.yaml", original);

        var before = Issues(folder);
        folder.Write("openapi.yaml", "# a comment\n# and another\n" + original);
        var after = Issues(folder);

        before.Select(i => i.Fingerprint).Should().OnlyHaveUniqueItems("GitLab shows findings that share a fingerprint as one");
        after.Select(i => i.Fingerprint).Should().Equal(before.Select(i => i.Fingerprint));
        after.Select(i => i.Line).Should().Equal(before.Select(i => i.Line + 2));
    }

    [Fact]
    public void Fingerprints_are_those_of_sarif_so_both_track_a_finding_alike()
    {
        var (_, gitlab, _) = Reports.Cli("lint", "samples/bad/missing-codes.yaml", "--format", "gitlab");
        var (_, sarif, _) = Reports.Cli("lint", "samples/bad/missing-codes.yaml", "--format", "sarif");

        var fromSarif = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray()
            .Select(r => (string)r!["partialFingerprints"]!["statuslint/v1"]!);
        JsonNode.Parse(gitlab)!.AsArray().Select(i => (string)i!["fingerprint"]!).Should().BeEquivalentTo(fromSarif);
    }

    private static List<(string Fingerprint, int Line)> Issues(TempFolder folder)
    {
        var (_, output, _) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml", "--format", "gitlab");
        return JsonNode.Parse(output)!.AsArray()
            .Select(i => ((string)i!["fingerprint"]!, (int)i["location"]!["lines"]!["begin"]!))
            .ToList();
    }

    private static List<string> Errors(JsonNode report)
    {
        var result = Schema.Evaluate(report, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
    }
}
