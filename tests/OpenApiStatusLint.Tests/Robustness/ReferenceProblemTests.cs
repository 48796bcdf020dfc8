using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// References that cannot be followed — to a missing file, a folder, nothing, or back to
/// themselves — wherever a document may have one. Each is a finding at the <c>$ref</c>, and the run
/// ends with exit code 2; none is an exception. (Microsoft.OpenApi 3.11 threw on the first three.)
/// </summary>
public class ReferenceProblemTests
{
    private static FileReport Lint(string name, string text)
    {
        using var folder = new TempFolder();
        return new StatusLinter().LintFile(folder.Write(name, text));
    }

    [Theory]
    [InlineData("f")]
    [InlineData("u")]
    public void A_swagger_2_response_ref_to_a_missing_file_is_an_input_error_at_the_ref(string reference)
    {
        var report = Lint("api.yaml", $"swagger: '2.0'\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: {reference}\n");

        report.InputFailed.Should().BeTrue();
        var problem = report.Diagnostics.Should().ContainSingle(d => d.RuleId == InputRuleIds.UnresolvedReference).Subject;
        (problem.Location.StartLine, problem.Location.StartColumn).Should().Be((8, 17));
    }

    [Fact]
    public void A_path_item_ref_to_a_folder_is_an_input_error_at_the_ref()
    {
        var report = Lint("api.yaml", "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: ./\n");

        report.InputFailed.Should().BeTrue();
        var problem = report.Diagnostics.Should().ContainSingle(d => d.RuleId == InputRuleIds.UnresolvedReference).Subject;
        problem.Message.Should().Contain("folder");
        problem.Location.StartLine.Should().Be(5);
    }

    [Theory]
    [InlineData("    get:\n      parameters:\n        - $ref: '#/components/parameters/Missing'\n      responses:\n        '200': {description: ok}\n", 7)]
    [InlineData("    $ref: '#/paths/~1b'\n", 5)]
    [InlineData("    get:\n      requestBody:\n        $ref: '#/components/requestBodies/Missing'\n      responses:\n        '200': {description: ok}\n", 7)]
    public void A_dangling_local_ref_anywhere_an_operation_reads_is_an_input_error_at_the_ref(string pathItem, int line)
    {
        var report = Lint("api.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n" + pathItem);

        report.InputFailed.Should().BeTrue();
        var problem = report.Diagnostics.Should().ContainSingle(d => d.RuleId == InputRuleIds.UnresolvedReference).Subject;
        problem.Message.Should().Contain("points to nothing");
        problem.Location.StartLine.Should().Be(line);
    }

    [Fact]
    public void A_path_item_ref_to_another_path_item_lints_its_operations_there()
    {
        var report = Lint("api.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    $ref: '#/paths/~1b'\n" +
            "  /b:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n");

        report.Operations.Should().Equal("GET /a", "GET /b");
        report.Diagnostics.Where(d => d.RuleId == "operation-declares-500").Select(d => d.Operation).Should().BeEquivalentTo("GET /a", "GET /b");
    }

    [Fact]
    public void A_parameter_ref_to_another_operations_parameter_counts_as_input()
    {
        // Bundlers write such references (APIs.guru's digitalocean.com.json does).
        var report = Lint("api.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" +
            "  /a:\n    get:\n      parameters:\n        - {name: page, in: query, schema: {type: integer}}\n      responses:\n        '200': {description: ok}\n        '400': {description: bad}\n" +
            "  /b:\n    get:\n      parameters:\n        - $ref: '#/paths/~1a/get/parameters/0'\n      responses:\n        '200': {description: ok}\n");

        report.Diagnostics.Should().Contain(d => d.RuleId == "input-operation-declares-400" && d.Operation == "GET /b");
    }
}
