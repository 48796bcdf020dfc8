using System.Text.Json.Nodes;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>The documented shape of the json format.</summary>
public class JsonReporterTests
{
    [Fact]
    public void The_output_has_the_documented_shape_with_relative_paths()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/invalid-status-code.yaml", "--pack", "http", "--format", "json");

        exitCode.Should().Be(1);
        var json = JsonNode.Parse(output)!.AsObject();
        json.Select(p => p.Key).Should().Equal("version", "findings", "files", "summary");
        json["version"]!.GetValue<int>().Should().Be(1);
        var file = json["files"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
        file.Select(p => p.Key).Should().Equal("file", "operations", "inputFailed");
        file["file"]!.GetValue<string>().Should().Be("samples/bad/invalid-status-code.yaml");
        file["operations"]!.GetValue<int>().Should().Be(3);
        file["inputFailed"]!.GetValue<bool>().Should().BeFalse();

        var finding = json["findings"]![0]!.AsObject();
        finding.Select(p => p.Key).Should().Equal(
            "file", "line", "column", "endLine", "endColumn", "ruleId", "severity", "message", "pointer", "operation", "related");
        finding["file"]!.GetValue<string>().Should().Be("samples/bad/invalid-status-code.yaml");
        finding["line"]!.GetValue<int>().Should().Be(55);
        finding["column"]!.GetValue<int>().Should().Be(9);
        finding["ruleId"]!.GetValue<string>().Should().Be("response-code-is-valid");
        finding["severity"]!.GetValue<string>().Should().Be("error");
        finding["message"]!.GetValue<string>().Should().Contain("'600'");
        finding["operation"]!.GetValue<string>().Should().Be("GET /pets/{petId}");
        finding["related"]!.AsArray().Should().BeEmpty();

        var summary = json["summary"]!.AsObject();
        summary.Select(p => p.Key).Should().Equal("errors", "warnings", "notes", "files", "operations");
        summary["errors"]!.GetValue<int>().Should().Be(2);
        summary["files"]!.GetValue<int>().Should().Be(1);
        summary["operations"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public void Related_locations_fixes_and_input_failures_are_written()
    {
        var file = Path.Combine(Repo.Root, "samples", "multi-file", "openapi.yaml");
        var other = Path.Combine(Repo.Root, "samples", "multi-file", "responses.yaml");
        var diagnostic = new Diagnostic("x-rule", Severity.Note, "a note", SourceRange.At(file, 3, 4))
        {
            Related = [new RelatedLocation(SourceRange.At(other, 7, 3), "#/NotFound", "$ref target ./responses.yaml#/NotFound")],
            Fix = new SuggestedFix(FixKind.AddResponseHeader, "#/NotFound", "401", "WWW-Authenticate", WithBody: false),
        };
        var report = new LintReport([new FileReport(file, [diagnostic], true, [])], []);

        var json = JsonNode.Parse(Reports.Write(new JsonReporter(), report, new ReportContext(Repo.Root)))!;

        json["files"]![0]!["inputFailed"]!.GetValue<bool>().Should().BeTrue();
        var finding = json["findings"]![0]!;
        finding["pointer"].Should().BeNull();
        var related = finding["related"]![0]!;
        related["file"]!.GetValue<string>().Should().Be("samples/multi-file/responses.yaml");
        related["line"]!.GetValue<int>().Should().Be(7);
        related["pointer"]!.GetValue<string>().Should().Be("#/NotFound");
        var fix = finding["fix"]!;
        fix["kind"]!.GetValue<string>().Should().Be("addResponseHeader");
        fix["header"]!.GetValue<string>().Should().Be("WWW-Authenticate");
        fix["withBody"]!.GetValue<bool>().Should().BeFalse();
        json["summary"]!["notes"]!.GetValue<int>().Should().Be(1);
    }
}
