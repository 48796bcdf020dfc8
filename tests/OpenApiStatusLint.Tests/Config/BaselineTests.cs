using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Config;

public class BaselineTests
{
    private const string Api = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array}}}}
          /owners:
            get:
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array}}}}
        """;

    [Fact]
    public void A_baseline_survives_inserted_lines_and_reordered_paths_and_reports_only_new_findings()
    {
        using var folder = new TempFolder();
        var spec = folder.Write("openapi.yaml", Api);
        var linter = new StatusLinter();
        var baselineFile = Path.Combine(folder.Path, "baseline.json");
        Baseline.Write(linter.LintFiles([spec]), baselineFile).Should().Be(2);

        var reordered = "# a comment\n# another\n" + Api.Replace(
            "  /pets:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: array}}}}\n", string.Empty)
            + "\n  /pets:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: array}}}}\n"
            + "  /vets:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: array}}}}\n";
        File.WriteAllText(spec, reordered);

        var report = Loaded(baselineFile).Apply(linter.LintFiles([spec]));

        report.Diagnostics.Where(d => d.IsActive).Select(d => d.Message).Should().Equal("GET /vets does not declare 500 (Internal Server Error)");
        report.BaselinedCount.Should().Be(2);
        report.ExitCode(Severity.Error).Should().Be(1);
    }

    [Fact]
    public void Entries_that_match_nothing_are_reported_so_the_baseline_can_shrink()
    {
        using var folder = new TempFolder();
        var spec = folder.Write("openapi.yaml", Api);
        var linter = new StatusLinter();
        var baselineFile = Path.Combine(folder.Path, "baseline.json");
        Baseline.Write(linter.LintFiles([spec]), baselineFile);
        File.WriteAllText(spec, Api.Replace("'200': {description: ok, content: {application/json: {schema: {type: array}}}}\n  /owners", "'200': {description: ok, content: {application/json: {schema: {type: array}}}}\n        '500': {description: boom, content: {application/json: {schema: {type: object, required: [code, type], properties: {code: {type: integer}, type: {type: string}, message: {type: string}}}}}}\n  /owners"));

        var report = Loaded(baselineFile).Apply(linter.LintFiles([spec]));

        var stale = report.Diagnostics.Should().ContainSingle(d => d.RuleId == MetaRuleIds.StaleBaselineEntry).Subject;
        stale.Severity.Should().Be(Severity.Note);
        stale.Location.File.Should().Be(baselineFile);
        File.ReadAllLines(baselineFile)[stale.Location.StartLine - 1].Should().Contain("~1pets");
        report.ExitCode(Severity.Error).Should().Be(0);
        report.LintedFileCount.Should().Be(1, "the baseline file carries the note but was not linted");
    }

    [Fact]
    public void A_file_that_is_not_a_baseline_is_a_located_error()
    {
        using var folder = new TempFolder();
        var file = folder.Write("baseline.json", "{\"entries\": [\n  {\"file\": 1}\n");

        Baseline.TryLoad(file, out _, out var problem).Should().BeFalse();

        problem!.Location.File.Should().Be(file);
    }

    private static Baseline Loaded(string file) =>
        Baseline.TryLoad(file, out var baseline, out var problem) ? baseline : throw new InvalidOperationException(problem.Message);
}
