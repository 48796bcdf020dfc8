using OpenApiStatusLint.OpenApi.Tests.Support;

namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>End to end: the built statuslint executable with <c>--pack openapi</c>.</summary>
public class CliTests
{
    [Fact]
    public void A_structural_mistake_is_reported_at_file_line_col_with_the_openapi_pack_only()
    {
        using var folder = new TempFolder();
        folder.Write("api.yaml", Specs.ResponseWithoutDescription);

        var (exitCode, output) = Statuslint.Run(folder.Path, "lint", "api.yaml", "--pack", "openapi");
        var (_, without) = Statuslint.Run(folder.Path, "lint", "api.yaml", "--pack", "http");

        exitCode.Should().Be(0, "a warning does not fail the run by default: " + output);
        output.Should().MatchRegex(@"api\.yaml:7:9 +warning +The field 'description' in 'response' object is REQUIRED\..*invalid-openapi");
        without.Should().NotContain("invalid-openapi");
    }

    [Fact]
    public void A_config_can_extend_the_openapi_pack_and_set_the_severity_of_its_rule()
    {
        using var folder = new TempFolder();
        folder.Write("api.yaml", Specs.ResponseWithoutDescription);
        folder.Write(".statuslint.yaml", "extends: [openapi]\nrules:\n  invalid-openapi: error\n");

        var (exitCode, output) = Statuslint.Run(folder.Path, "lint", "api.yaml");

        exitCode.Should().Be(1, output);
        output.Should().MatchRegex(@"api\.yaml:7:9 +error +The field 'description'.*invalid-openapi");
    }

    [Fact]
    public void The_openapi_and_recommended_packs_run_together()
    {
        using var folder = new TempFolder();
        folder.Write("api.yaml", Specs.ResponseWithoutDescription.Replace("'500': {description: failed}", "'404': {description: missing}", StringComparison.Ordinal));

        var (exitCode, output) = Statuslint.Run(folder.Path, "lint", "api.yaml", "--pack", "openapi", "--pack", "recommended");

        exitCode.Should().Be(1, output);
        output.Should().Contain("invalid-openapi").And.Contain("operation-declares-500");
    }

    [Theory]
    [MemberData(nameof(OddInputs.All), MemberType = typeof(OddInputs))]
    public void An_odd_input_ends_with_located_findings_or_exit_2_and_no_stack_trace(string name, string yaml)
    {
        using var folder = new TempFolder();
        folder.Write("api.yaml", yaml);

        var (exitCode, output) = Statuslint.Run(folder.Path, "lint", "api.yaml", "--pack", "openapi", "--pack", "recommended");

        exitCode.Should().BeOneOf([1, 2], name + ": " + output);
        output.Should().MatchRegex(@"api\.yaml:\d+:\d+ ");
        output.Should().NotContain("Unhandled exception").And.NotContain("   at ");
    }
}
