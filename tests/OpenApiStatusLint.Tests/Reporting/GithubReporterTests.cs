using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>GitHub Actions workflow commands, escaped as @actions/core escapes them.</summary>
public class GithubReporterTests
{
    [Fact]
    public void Data_escapes_percent_cr_and_lf_and_properties_also_colon_and_comma()
    {
        WorkflowCommandEscaping.Data("100% a:b,c\r\nd").Should().Be("100%25 a:b,c%0D%0Ad");
        WorkflowCommandEscaping.Property("100% a:b,c\r\nd").Should().Be("100%25 a%3Ab%2Cc%0D%0Ad");
        WorkflowCommandEscaping.Data("%0A").Should().Be("%250A");
    }

    [Fact]
    public void A_finding_becomes_one_escaped_command_by_severity()
    {
        var root = Path.Combine(Path.GetTempPath(), "gh");
        var file = Path.Combine(root, "specs", "a,b:c.yaml");
        var warning = new Diagnostic("rule-x", Severity.Warning, "50% done\nnext: line", new SourceRange(file, 4, 7, 4, 12));
        var note = warning with { Severity = Severity.Note, Location = new SourceRange(file, 4, 7, 6, 2) };

        GithubReporter.Command(warning, root).Should().Be(
            "::warning file=specs/a%2Cb%3Ac.yaml,line=4,col=7,endLine=4,endColumn=11,title=rule-x::50%25 done\\nnext: line");
        GithubReporter.Command(note, root).Should().Be(
            "::notice file=specs/a%2Cb%3Ac.yaml,line=4,col=7,endLine=6,title=rule-x::50%25 done\\nnext: line");
    }

    [Fact]
    public void The_cli_writes_one_error_command_per_finding_then_a_summary()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/invalid-status-code.yaml", "--pack", "http", "--format", "github");

        exitCode.Should().Be(1);
        var lines = output.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        lines.Should().HaveCount(3);
        lines[0].Should().StartWith("::error file=samples/bad/invalid-status-code.yaml,line=55,col=9,endLine=55,").And.Contain(",title=response-code-is-valid::'600'");
        lines[1].Should().StartWith("::error file=samples/bad/invalid-status-code.yaml,line=68,col=9,");
        lines[2].Should().Be("statuslint: 2 problem(s) (2 errors, 0 warnings, 0 notes) in 1 file(s), 3 operation(s)");
    }
}
