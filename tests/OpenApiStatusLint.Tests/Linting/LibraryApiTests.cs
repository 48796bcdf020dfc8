using System.Text;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Tests.Linting;

/// <summary>The library as a .NET team uses it from a unit test (in-memory documents: OpenApiStatusLint.OpenApi.Tests).</summary>
public class LibraryApiTests
{
    [Fact]
    public void A_stream_is_linted_like_a_file()
    {
        var yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '600': {description: x}\n";

        var report = new StatusLinter(new LintOptions { Packs = ["http"] }).Lint(new MemoryStream(Encoding.UTF8.GetBytes(yaml)), "api.yaml");

        report.Diagnostics.Should().Contain(d => d.RuleId == "response-code-is-valid" && d.Location.StartLine == 7);
    }
}
