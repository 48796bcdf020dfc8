using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Config;

/// <summary>How configuration, overrides and inline suppressions change what a run reports.</summary>
public class ConfiguredLintTests
{
    private const string Api = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array}}}}
          /internal/jobs/{id}:
            delete:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: If-Match, in: header, required: true, schema: {type: string}}
              responses:
                '204': {description: gone}
        """;

    private static FileReport Lint(string configYaml, string api = Api)
    {
        using var folder = new TempFolder();
        var config = ConfigLoader.Load(folder.Write(".statuslint.yaml", configYaml));
        var file = folder.Write("openapi.yaml", api);
        return new StatusLinter(new LintOptions { Settings = config }).LintFile(file);
    }

    private static IEnumerable<string> Active(FileReport report, string rule) =>
        report.Diagnostics.Where(d => d.IsActive && d.RuleId == rule).Select(d => $"{d.Properties.GetValueOrDefault("method")} {d.Properties.GetValueOrDefault("path")} {d.Severity.Name()}");

    [Fact]
    public void Without_config_the_recommended_packs_run()
    {
        Active(Lint(string.Empty), "operation-declares-500").Should().BeEquivalentTo("GET /pets error", "DELETE /internal/jobs/{id} error");
    }

    [Fact]
    public void Extends_chooses_the_packs()
    {
        Active(Lint("extends: [http]\n"), "operation-declares-500").Should().BeEmpty();
    }

    [Fact]
    public void A_rule_can_be_turned_off_or_given_another_severity()
    {
        var report = Lint("rules:\n  operation-declares-500: warning\n  write-declares-409: off\n");

        Active(report, "operation-declares-500").Should().OnlyContain(text => text.EndsWith(" warning", StringComparison.Ordinal));
        Active(report, "write-declares-409").Should().BeEmpty();
    }

    [Theory]
    [InlineData("paths: ['/internal/**']", "GET /pets error")]
    [InlineData("methods: [delete]", "GET /pets error")]
    [InlineData("files: ['openapi.yaml']", "")]
    [InlineData("files: ['legacy/**']", "GET /pets error|DELETE /internal/jobs/{id} error")]
    [InlineData("paths: ['/internal/**']\n    methods: [get]", "GET /pets error|DELETE /internal/jobs/{id} error")]
    public void Overrides_apply_by_file_path_template_and_method(string criteria, string expected)
    {
        var report = Lint($"overrides:\n  - {criteria}\n    rules: {{operation-declares-500: off}}\n");

        Active(report, "operation-declares-500").Should().BeEquivalentTo(expected.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_later_override_wins_and_can_lower_a_severity()
    {
        var report = Lint("overrides:\n  - paths: ['/internal/**']\n    rules: {operation-declares-500: off}\n  - methods: [delete]\n    rules: {operation-declares-500: note}\n");

        Active(report, "operation-declares-500").Should().BeEquivalentTo("GET /pets error", "DELETE /internal/jobs/{id} note");
    }

    [Theory]
    [InlineData("    get:\n", "      x-statuslint-ignore: [{rule: operation-declares-500, reason: proxied}]\n", 1)]
    [InlineData("  /pets:\n", "    x-statuslint-ignore: [{rule: operation-declares-500, reason: proxied}]\n", 1)]
    [InlineData("paths:\n", "x-statuslint-ignore: [{rule: operation-declares-500, reason: proxied}]\n", 2)]
    public void Inline_suppressions_work_on_operations_path_items_and_the_document(string after, string line, int count)
    {
        var api = after == "paths:\n" ? line + Api : Api.Replace(after, after + line);

        var report = Lint(string.Empty, api);

        var suppressed = report.Diagnostics.Where(d => d.RuleId == "operation-declares-500" && d.Suppression is not null).ToList();
        suppressed.Should().HaveCount(count).And.OnlyContain(d => d.Suppression!.Reason == "proxied");
        report.Diagnostics.Should().NotContain(d => d.RuleId == MetaRuleIds.SuppressionWithoutReason || d.RuleId == MetaRuleIds.UnusedSuppression);
    }

    [Fact]
    public void A_suppression_without_a_reason_warns_and_one_that_silences_nothing_is_a_note()
    {
        var api = Api.Replace("    get:\n", "    get:\n      x-statuslint-ignore: [{rule: operation-declares-500}, {rule: path-parameter-operation-declares-404, reason: no path parameters here}]\n");

        var report = Lint(string.Empty, api);

        report.Diagnostics.Should().ContainSingle(d => d.RuleId == MetaRuleIds.SuppressionWithoutReason).Which.Severity.Should().Be(Severity.Warning);
        var unused = report.Diagnostics.Should().ContainSingle(d => d.RuleId == MetaRuleIds.UnusedSuppression).Subject;
        unused.Severity.Should().Be(Severity.Note);
        unused.Message.Should().Contain("path-parameter-operation-declares-404");
        unused.Location.StartLine.Should().Be(6);
    }

    [Fact]
    public void A_suppression_naming_no_rule_warns_with_the_nearest_rule_id()
    {
        var api = Api.Replace("    get:\n", "    get:\n      x-statuslint-ignore: [{rule: operation-declares-50, reason: typo}, {rule: level3-resource-offers-profile-methods, reason: pack is off}]\n");

        var report = Lint(string.Empty, api);

        var unknown = report.Diagnostics.Should().ContainSingle(d => d.RuleId == MetaRuleIds.UnknownRuleSuppressed).Subject;
        unknown.Severity.Should().Be(Severity.Warning);
        unknown.Message.Should().Be("x-statuslint-ignore names 'operation-declares-50', which is no statuslint rule; did you mean 'operation-declares-500'?");
        unknown.Location.StartLine.Should().Be(6);
        report.Diagnostics.Should().ContainSingle(d => d.RuleId == MetaRuleIds.UnusedSuppression, "a rule of a pack that is off is known, just unused here")
            .Which.Message.Should().Contain("level3-resource-offers-profile-methods");
    }

    [Fact]
    public void Profiles_from_config_reach_path_items_without_their_own()
    {
        using var folder = new TempFolder();
        var config = ConfigLoader.Load(folder.Write(".statuslint.yaml", "level3:\n  profiles:\n    '/internal/**': [action]\n"));
        var loaded = OpenApiStatusLint.Loading.DocumentLoader.Load(folder.Write("openapi.yaml", Api));

        var api = OpenApiStatusLint.Model.ApiModelBuilder.Build(loaded.Document!, config.ProfilesFor);

        api.Operations.Single(o => o.Method == "DELETE").Profiles.Should().Equal("action");
        api.Operations.Single(o => o.Method == "GET").Profiles.Should().BeEmpty();
    }
}
