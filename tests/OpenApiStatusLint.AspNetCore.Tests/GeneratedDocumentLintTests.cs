using Microsoft.AspNetCore.Mvc.Testing;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.AspNetCore.Tests;

/// <summary>
/// The sample app's own document, as it serves it at /openapi/v1.json, linted in process: what a
/// team's unit test does. The app has two deliberate gaps (see PetEndpoints).
/// </summary>
public class GeneratedDocumentLintTests(WebApplicationFactory<Program> app) : IClassFixture<WebApplicationFactory<Program>>
{
    private async Task<FileReport> LintGeneratedDocumentAsync()
    {
        using var client = app.CreateClient();
        await using var document = await client.GetStreamAsync("/openapi/v1.json");
        return new StatusLinter().Lint(document, "openapi.json");
    }

    [Fact]
    public async Task An_endpoint_that_declares_no_500_is_reported()
    {
        var report = await LintGeneratedDocumentAsync();

        report.Diagnostics.Should().ContainSingle(d => d.RuleId == "operation-declares-500")
            .Which.Should().Match<Diagnostic>(d => d.Operation == "GET /pets" && d.Severity == Severity.Error);
    }

    [Fact]
    public async Task A_secured_endpoint_that_declares_no_401_is_reported()
    {
        var report = await LintGeneratedDocumentAsync();

        report.Diagnostics.Should().ContainSingle(d => d.RuleId == "secured-operation-declares-401")
            .Which.Should().Match<Diagnostic>(d => d.Operation == "DELETE /pets/{id}" && d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("GET /pets/{id}")]
    [InlineData("POST /pets")]
    public async Task An_endpoint_that_declares_its_codes_gets_neither_finding(string operation)
    {
        var report = await LintGeneratedDocumentAsync();

        report.Operations.Should().Contain(operation);
        report.Diagnostics.Where(d => d.Operation == operation).Select(d => d.RuleId)
            .Should().NotContain(["operation-declares-500", "secured-operation-declares-401"]);
    }

    [Fact]
    public async Task Findings_point_at_a_line_of_the_served_document_and_name_the_operation()
    {
        var report = await LintGeneratedDocumentAsync();

        var missing401 = report.Diagnostics.Single(d => d.RuleId == "secured-operation-declares-401");
        missing401.Location.File.Should().EndWith("openapi.json");
        missing401.Location.StartLine.Should().BeGreaterThan(1, "the document is served indented, one member a line");
        missing401.Pointer.Should().StartWith("#/paths/~1pets~1{id}/delete");
        missing401.Operation.Should().Be("DELETE /pets/{id}");
        missing401.Message.Should().Contain("DELETE /pets/{id}").And.Contain("401");
    }
}
