using System.Text.Json;
using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Config;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>Configuration, baselines and init through the command line.</summary>
public class ConfigCommandTests
{
    private static (int ExitCode, string Output, string Error) RunIn(string folder, params string[] args) => InProcessCli.Run(folder, args);

    [Fact]
    public void A_broken_config_exits_2_with_its_file_line_column_and_a_suggestion()
    {
        var (exitCode, _, error) = RunIn(Repo.Sample("config/broken"), "lint");

        exitCode.Should().Be(2);
        error.Trim().Should().Be("statuslint: .statuslint.yaml:3:3: unknown rule 'operation-declare-500'; did you mean 'operation-declares-500'?");
    }

    [Fact]
    public void The_config_found_upward_changes_severities_and_overrides()
    {
        var (_, plain, _) = LintCommandTests.Run("lint", "samples/config/legacy/openapi.yaml", "--config", "samples/config/broken/../../../.nothing", "--format", "json");
        var (_, configured, _) = RunIn(Repo.Sample("config/legacy"), "lint", "--format", "json");

        plain.Should().BeEmpty("a --config that does not exist is a usage error");
        using var json = JsonDocument.Parse(configured);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().NotContain(f => f.GetProperty("ruleId").GetString() == "write-declares-409");
        findings.Should().Contain(f => f.GetProperty("ruleId").GetString() == "secured-operation-declares-403"
            && f.GetProperty("operation").GetString() == "POST /pets/{petId}/vaccinations"
            && f.GetProperty("severity").GetString() == "warning");
        findings.Should().Contain(f => f.GetProperty("ruleId").GetString() == "secured-operation-declares-403"
            && f.GetProperty("operation").GetString() == "GET /pets"
            && f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void Write_baseline_then_baseline_accepts_todays_findings()
    {
        using var folder = new TempFolder();
        File.Copy(Repo.Sample("bad/missing-codes.yaml"), Path.Combine(folder.Path, "openapi.yaml"));

        var (written, _, writeMessage) = RunIn(folder.Path, "lint", "--write-baseline", "baseline.json");
        var (again, output, _) = RunIn(folder.Path, "lint", "--baseline", "baseline.json");

        written.Should().Be(1);
        writeMessage.Should().MatchRegex("wrote [0-9]+ findings to baseline.json");
        again.Should().Be(0);
        output.Should().Contain("in baseline");
    }

    [Fact]
    public void Init_writes_a_starter_config_that_loads_and_refuses_to_overwrite_it()
    {
        using var folder = new TempFolder();

        var (first, _, _) = RunIn(folder.Path, "init");
        var (second, _, error) = RunIn(folder.Path, "init");

        first.Should().Be(0);
        ConfigLoader.Load(Path.Combine(folder.Path, ".statuslint.yaml")).Rules.Should().ContainKey("write-declares-409");
        second.Should().Be(2);
        error.Should().Contain("already exists");
    }

    [Fact]
    public void The_json_schema_names_every_top_level_key_the_loader_accepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "schemas", "statuslint.schema.json")));

        schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("files", "extends", "rules", "overrides", "level3", "fix", "rulesFiles", "webhooks", "webhooksAndCallbacks");
    }

    [Fact]
    public void The_json_schema_offers_every_built_in_pack_for_extends()
    {
        // Editors complete `extends:` from these examples.
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "schemas", "statuslint.schema.json")));

        var examples = schema.RootElement.GetProperty("properties").GetProperty("extends").GetProperty("items").GetProperty("examples")
            .EnumerateArray().Select(example => example.GetString());

        examples.Should().BeEquivalentTo(RuleCatalog.BuiltInPacks.Prepend("recommended"));
    }
}
