using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// A YAML file may be written entirely in flow style, <c>{openapi: 3.0.3, ...}</c>: it opens with
/// '{' like JSON but is not JSON. A file named .yaml or .yml is read, discovered and fixed as YAML
/// then; a .json file with that text is invalid JSON.
/// </summary>
public class FlowStyleYamlTests
{
    private const string Spec = "{openapi: 3.0.3, info: {title: t, version: '1'}, paths: {/a: {get: {responses: {'200': {description: ok}}}}}}\n";

    [Fact]
    public void A_yaml_file_in_flow_style_is_linted_as_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("api.yaml", Spec);
        folder.Write("api.json", Spec);

        var yaml = InProcessCli.Run(folder.Path, "lint", "api.yaml");
        var json = InProcessCli.Run(folder.Path, "lint", "api.json");

        yaml.ExitCode.Should().Be(1);
        yaml.Output.Should().Contain("api.yaml:1:69").And.Contain("operation-declares-500").And.NotContain("parse-error");
        json.ExitCode.Should().Be(2);
        json.Output.Should().Contain("api.json:1:2").And.Contain("invalid JSON").And.Contain("parse-error");
    }

    [Fact]
    public void A_folder_s_flow_style_yaml_spec_is_discovered()
    {
        using var folder = new TempFolder();
        folder.Write("specs/api.yml", Spec);

        var (exitCode, output, _) = InProcessCli.Run(folder.Path, "lint", "specs");

        exitCode.Should().Be(1);
        output.Should().Contain("specs/api.yml:1:69").And.Contain("operation-declares-500");
    }

    [Fact]
    public void Fix_writes_flow_style_yaml_into_a_flow_style_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("api.yaml", Spec);

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, "fix", "api.yaml", "--write");
        var fixedText = File.ReadAllText(path);
        var relint = InProcessCli.Run(folder.Path, "lint", "api.yaml", "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        fixedText.Should().StartWith("{openapi: 3.0.3, info: {title: t, version: '1'}, paths: {/a: {get: {responses: {'200': {description: ok}, '500': {$ref: ");
        fixedText.Should().Contain(", components: {responses: {InternalServerError: {description: Internal Server Error");
        fixedText.Should().NotContain("\"500\"", "YAML insertions, not JSON ones");
        relint.Output.Should().NotContain("operation-declares-500").And.NotContain("parse-error");
    }
}
