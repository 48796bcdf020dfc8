using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules;

public class HttpPackTests
{
    private static IReadOnlyList<Diagnostic> Lint(string yaml, string rule)
    {
        using var folder = new TempFolder();
        var report = new StatusLinter(new LintOptions { Packs = ["http"] }).LintFile(folder.Write("api.yaml", yaml));
        return report.Diagnostics.Where(d => d.RuleId == rule).ToList();
    }

    [Theory]
    [InlineData("600")]
    [InlineData("99")]
    [InlineData("2X0")]
    [InlineData("6XX")]
    [InlineData("ok")]
    public void An_invalid_response_key_is_an_error_on_its_line(string key)
    {
        var findings = Lint(Specs.Yaml30($"  /a:\n    get:\n      responses:\n        '200': {{description: ok}}\n        '{key}': {{description: x}}\n"), "response-code-is-valid");

        var finding = findings.Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Error);
        (finding.Location.StartLine, finding.Location.StartColumn).Should().Be((10, 9));
        finding.Message.Should().Contain($"'{key}'");
    }

    [Theory]
    [InlineData("100")]
    [InlineData("599")]
    [InlineData("4XX")]
    [InlineData("default")]
    public void Valid_keys_raise_nothing(string key)
    {
        Lint(Specs.Yaml30($"  /a:\n    get:\n      responses:\n        '200': {{description: ok}}\n        '{key}': {{description: x}}\n"), "response-code-is-valid")
            .Should().BeEmpty();
    }

    [Fact]
    public void An_operation_with_only_errors_declares_no_success()
    {
        var findings = Lint(Specs.Yaml30("  /a:\n    get:\n      responses:\n        '404': {description: x}\n        default: {description: x}\n"), "operation-declares-success");

        var finding = findings.Should().ContainSingle().Subject;
        finding.Location.StartLine.Should().Be(8);
        finding.Message.Should().Be("GET /a declares no success response (2xx or 3xx)");
    }

    [Theory]
    [InlineData("'101'")]
    [InlineData("'204'")]
    [InlineData("'302'")]
    [InlineData("2XX")]
    public void Any_2xx_3xx_or_101_is_a_success(string key)
    {
        Lint(Specs.Yaml30($"  /a:\n    get:\n      responses:\n        {key}: {{description: x}}\n"), "operation-declares-success")
            .Should().BeEmpty();
    }
}
