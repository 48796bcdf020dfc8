using System.Text.Json.Nodes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// <c>statuslint rules</c> lists every pack that <c>lint --pack</c> takes, the <c>openapi</c> pack
/// (implemented in code) too, and SARIF describes its rule from the same place.
/// </summary>
public class RulesCommandTests
{
    private const string OpenApiSummary = "The document's structure is valid OpenAPI.";

    [Fact]
    public void Rules_lists_the_openapi_pack_that_lint_takes()
    {
        var (exitCode, output, error) = InProcessCli.Run(Repo.Root, "rules", "--pack", "openapi");

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"(?m)^invalid-openapi\s+openapi\s+warning\s+-\s+The document's structure is valid OpenAPI\.$");
        output.Should().Contain("1 rules;");
    }

    [Fact]
    public void Rules_all_and_json_include_the_openapi_rule_with_its_page()
    {
        var rules = JsonNode.Parse(InProcessCli.Run(Repo.Root, "rules", "--all", "--format", "json").Output)!.AsArray();

        var rule = rules.Should().ContainSingle(r => (string)r!["id"]! == "invalid-openapi").Subject!;
        ((string)rule["pack"]!).Should().Be("openapi");
        ((string)rule["summary"]!).Should().Be(OpenApiSummary);
        ((string)rule["helpUri"]!).Should().EndWith("/rules/docs/invalid-openapi.md");
    }

    [Fact]
    public void Rules_with_openapi_and_another_pack_lists_both_and_an_unknown_pack_is_a_usage_error()
    {
        var both = InProcessCli.Run(Repo.Root, "rules", "--pack", "openapi", "--pack", "http").Output;
        var (exitCode, _, error) = InProcessCli.Run(Repo.Root, "rules", "--pack", "openapj");

        both.Should().Contain("invalid-openapi").And.Contain("response-code-is-valid");
        exitCode.Should().Be(2);
        error.Should().StartWith("statuslint: unknown pack 'openapj'");
    }

    [Fact]
    public void Sarif_describes_the_openapi_rule_as_its_pack_does()
    {
        using var folder = new TempFolder();
        folder.Write("api.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /items:\n    get:\n      responses:\n        '200': {}\n");

        var (_, output, _) = InProcessCli.Run(folder.Path, "lint", "api.yaml", "--pack", "openapi", "--format", "sarif");

        var rules = JsonNode.Parse(output)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        var rule = rules.Should().ContainSingle(r => (string)r!["id"]! == "invalid-openapi").Subject!;
        ((string)rule["shortDescription"]!["text"]!).Should().Be(OpenApiSummary);
        ((string)rule["defaultConfiguration"]!["level"]!).Should().Be("warning");
        rule["properties"]!["tags"]!.AsArray().Select(tag => (string)tag!).Should().Equal("openapi");
    }
}
