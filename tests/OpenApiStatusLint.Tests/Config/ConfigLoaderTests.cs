using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Config;

public class ConfigLoaderTests
{
    private static StatusLintConfig Load(string yaml)
    {
        using var folder = new TempFolder();
        return ConfigLoader.Load(folder.Write(".statuslint.yaml", yaml));
    }

    private static ConfigException Broken(string yaml)
    {
        using var folder = new TempFolder();
        var file = folder.Write(".statuslint.yaml", yaml);
        var act = () => ConfigLoader.Load(file);
        return act.Should().Throw<ConfigException>().Subject.Single();
    }

    [Fact]
    public void Every_key_is_read()
    {
        var config = Load("""
            files: ["specs/**/*.yaml"]
            extends: [http, level3]
            rules:
              operation-declares-500: warning
              write-declares-409: off
            overrides:
              - files: ["legacy/**"]
                paths: ["/internal/**"]
                methods: [delete]
                rules: {operation-declares-500: note}
            level3:
              profiles:
                "/pets/*": [data, entity]
            fix:
              errorSchema: ApiError
              errorSchemaRef: "#/components/schemas/Problem"
              problemDetails: true
              responseNames: {"401": NotAuthenticated}
            webhooks: true
            """);

        config.Files.Should().Equal("specs/**/*.yaml");
        config.Extends.Should().Equal("http", "level3");
        config.Rules.Should().Contain("operation-declares-500", Severity.Warning).And.Contain("write-declares-409", null);
        var entry = config.Overrides.Should().ContainSingle().Subject;
        entry.Applies("legacy/a.yaml", "/internal/jobs/{id}", "DELETE").Should().BeTrue();
        entry.Applies("legacy/a.yaml", "/pets", "DELETE").Should().BeFalse();
        entry.Applies("legacy/a.yaml", "/internal/x", "GET").Should().BeFalse();
        config.ProfilesFor("/pets/{id}").Should().Equal("data", "entity");
        config.ProfilesFor("/pets/{id}/photos").Should().BeEmpty();
        config.Fix.Should().BeEquivalentTo(new FixSettings
        {
            ErrorSchemaName = "ApiError",
            ErrorSchemaRef = "#/components/schemas/Problem",
            ProblemDetails = true,
            ResponseNames = new Dictionary<string, string> { ["401"] = "NotAuthenticated" },
        });
        config.CheckWebhooks.Should().BeTrue();
    }

    [Fact]
    public void A_misspelled_rule_id_is_located_and_a_correction_suggested()
    {
        var error = Broken("rules:\n  operation-declare-500: warning\n");

        error.Message.Should().Be("unknown rule 'operation-declare-500'; did you mean 'operation-declares-500'?");
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((2, 3));
    }

    [Theory]
    [InlineData("rulez: {}\n", 1, 1, "unknown key 'rulez'; did you mean 'rules'?")]
    [InlineData("rules:\n  operation-declares-500: fatal\n", 2, 27, "severity 'fatal' must be error, warning, note or off")]
    [InlineData("extends: [recomended]\n", 1, 11, "unknown pack 'recomended'; did you mean 'recommended'?")]
    [InlineData("files: ['specs/[a.yaml']\n", 1, 9, "bad glob 'specs/[a.yaml': the '[' at position 7 is never closed")]
    [InlineData("files: ['specs/[z-a].yaml']\n", 1, 9, "bad glob 'specs/[z-a].yaml': ReversedCharacterRange")]
    [InlineData("overrides:\n  - paths: ['/a']\n", 2, 5, "an override needs 'rules': the severities (or off) it sets")]
    [InlineData("webhooks: sometimes\n", 1, 11, "expected true or false, found '\"sometimes\"'")]
    [InlineData("rules: [a, b]\n", 1, 8, "expected a mapping, found a list")]
    [InlineData("rules: {a: [\n", 2, 1, "invalid YAML")]
    public void Mistakes_are_reported_with_line_and_column(string yaml, int line, int column, string message)
    {
        var error = Broken(yaml);

        error.Message.Should().StartWith(message);
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((line, column));
    }

    [Fact]
    public void The_nearest_config_above_the_folder_is_found()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".statuslint.yaml", "rules: {}\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "a", "b"));

        ConfigLoader.Find(Path.Combine(folder.Path, "a", "b")).Should().Be(config);
    }

    [Fact]
    public void A_users_rules_file_adds_a_pack_whose_rules_can_be_configured()
    {
        using var folder = new TempFolder();
        folder.Write("team.yaml", """
            pack: team
            rules:
              - id: get-declares-429
                severity: warning
                summary: GET declares 429.
                description: Our gateway rate-limits reads.
                message: "{operation} does not declare 429"
                when: {methods: [get]}
                check: {require-codes: [429]}
            """);
        var file = folder.Write(".statuslint.yaml", "rulesFiles: [team.yaml]\nextends: [team]\nrules: {get-declares-429: error}\n");

        var config = ConfigLoader.Load(file);

        config.RulePacks.Should().ContainSingle().Which.Rules.Single().Id.Should().Be("get-declares-429");
        config.Rules["get-declares-429"].Should().Be(Severity.Error);
    }

    [Fact]
    public void A_broken_rules_file_is_reported_in_that_file()
    {
        using var folder = new TempFolder();
        var pack = folder.Write("team.yaml", "pack: team\nrules:\n  - id: x\n    severity: error\n    summary: s\n    description: d\n    message: m\n    check: {require-code: [429]}\n");
        var file = folder.Write(".statuslint.yaml", "rulesFiles: [team.yaml]\n");

        var act = () => ConfigLoader.Load(file);

        var error = act.Should().Throw<ConfigException>().Subject.Single();
        error.Message.Should().Be("unknown check 'require-code'; did you mean 'require-codes'?");
        error.Location.File.Should().Be(pack);
        error.Location.StartLine.Should().Be(8);
    }
}
