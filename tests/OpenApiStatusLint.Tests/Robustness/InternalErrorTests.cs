using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// A failure of statuslint itself on one file is a finding for that file, and every other file of
/// the run still gets its report: one bad file must not cost the reports of a whole repository.
/// </summary>
public class InternalErrorTests
{
    [Fact]
    public void A_check_that_throws_on_one_file_gives_an_internal_error_for_that_file_and_the_others_are_linted()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.yaml", Specs.Yaml30("  /a:\n    get:\n      responses:\n        '600':\n          description: bad\n"));
        var bad = folder.Write("bad.yaml", Specs.Yaml30("  /crash:\n    get:\n      responses:\n        '200':\n          description: ok\n"));
        var linter = new StatusLinter(new LintOptions { Packs = ["http", "crashing"], DocumentChecks = [new CrashingCheck()] });

        var reports = linter.LintFiles([bad, good]).Files;

        reports.Select(report => report.File).Should().Equal(bad, good);
        var failure = reports[0].Diagnostics.Should().ContainSingle().Subject;
        failure.RuleId.Should().Be(InputRuleIds.InternalError);
        failure.Severity.Should().Be(Severity.Error);
        failure.Message.Should().Contain("InvalidOperationException: the check broke").And.Contain("please report it");
        failure.Location.File.Should().Be(bad);
        reports[0].InputFailed.Should().BeTrue("the file was not checked, so the run must not pass");
        reports[0].InternalError.Should().Contain(nameof(CrashingCheck), "the stack trace is kept for --debug");
        reports[1].Diagnostics.Should().Contain(d => d.RuleId == "response-code-is-valid");
    }

    private sealed class CrashingCheck : IDocumentCheck
    {
        public string Pack => "crashing";

        public IReadOnlyList<ToolRule> Rules { get; } = [new("crash", "crashing", Severity.Warning, "Never fires.", "A check that throws on /crash.", Configurable: true)];

        public IEnumerable<Diagnostic> Check(LoadedDocument document) =>
            document.Root["paths"] is SourceObject paths && paths["/crash"] is not null
                ? throw new InvalidOperationException("the check broke")
                : [];
    }
}
