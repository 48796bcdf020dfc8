using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.OpenApi.Tests.Support;

namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>The <c>openapi</c> pack through the library: off by default, each finding at the line of the node it names.</summary>
public class OpenApiStructureCheckTests
{
    private static FileReport Lint(string yaml, params string[] packs)
    {
        using var folder = new TempFolder();
        var options = new LintOptions { Packs = packs, DocumentChecks = [new OpenApiStructureCheck()] };
        return new StatusLinter(options).LintFile(folder.Write("api.yaml", yaml));
    }

    private static IEnumerable<Diagnostic> Structural(FileReport report) =>
        report.Diagnostics.Where(d => d.RuleId == OpenApiStructureCheck.RuleId);

    [Fact]
    public void A_response_without_description_is_reported_at_the_response_with_the_openapi_pack_only()
    {
        var finding = Structural(Lint(Specs.ResponseWithoutDescription, "openapi")).Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("'description'").And.Contain("ResponseRequiredFields");
        finding.Location.StartLine.Should().Be(7, "the response '200' is written there and its description is not written at all");
        Structural(Lint(Specs.ResponseWithoutDescription, "http")).Should().BeEmpty();
        Structural(Lint(Specs.ResponseWithoutDescription)).Should().BeEmpty("the pack is off by default");
    }

    [Fact]
    public void A_path_parameter_that_the_path_lacks_is_reported_at_its_line()
    {
        var finding = Structural(Lint(Specs.UndeclaredPathParameter, "openapi")).Should().ContainSingle().Subject;

        finding.Message.Should().Contain("\"id\"");
        finding.Location.StartLine.Should().Be(8);
        finding.Pointer.Should().Be("#/paths/~1pets/get/parameters/0/in");
    }

    [Fact]
    public void The_openapi_pack_runs_beside_the_recommended_packs()
    {
        // Without the 500 that the required pack asks for.
        var yaml = Specs.ResponseWithoutDescription.Replace("'500': {description: failed}", "'404': {description: missing}", StringComparison.Ordinal);

        var report = Lint(yaml, "openapi", "recommended");

        report.Diagnostics.Select(d => d.RuleId).Should().Contain([OpenApiStructureCheck.RuleId, "operation-declares-500"]);
    }

    [Fact]
    public void A_message_that_names_no_node_is_placed_at_the_start_of_the_file()
    {
        var yaml = Specs.UndeclaredPathParameter.Replace("      parameters:", "      bogus: 1\n      parameters:", StringComparison.Ordinal);

        var finding = Structural(Lint(yaml, "openapi")).Should().Contain(d => d.Message.Contains("bogus", StringComparison.Ordinal) && d.Pointer == null).Subject;

        // Microsoft.OpenApi names the place only inside the message text, which is not parsed.
        finding.Location.Should().Be(SourceRange.StartOf(finding.Location.File));
    }

    [Fact]
    public void A_swagger_2_definition_is_reported_where_the_file_has_it()
    {
        const string yaml = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\ndefinitions:\n  Pet:\n    type: object\n    required: name\n";

        var report = Lint(yaml, "openapi");

        Structural(report).Should().Contain(d => d.Location.StartLine == 7 && d.Message.Contains("Expected list", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OddInputs.All), MemberType = typeof(OddInputs))]
    public void An_odd_input_ends_with_located_findings(string name, string yaml)
    {

        var report = Lint(yaml, "openapi", "recommended");

        report.Diagnostics.Should().NotBeEmpty(name);
        report.Diagnostics.Should().OnlyContain(d => d.Location.StartLine >= 1 && d.Location.StartColumn >= 1 && !d.Message.Contains("   at ", StringComparison.Ordinal));
    }
}
