using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>The progress line on standard error: only on a terminal, only on long runs, and never in the way.</summary>
public class ProgressLineTests
{
    private static readonly string[] TwoFiles = ["samples/bad/invalid-status-code.yaml", "samples/bad/suppressions.yaml"];

    [Fact]
    public void On_a_terminal_a_long_run_shows_files_done_of_all_in_one_line_and_wipes_it_at_the_end()
    {
        var (exitCode, output, error) = Run(errorIsTerminal: true, ["lint", .. TwoFiles]);

        exitCode.Should().Be(1);
        error.Should().Contain("\rstatuslint: 1/2 files  samples/bad/suppressions.yaml");
        error.Should().Contain("\rstatuslint: 2/2 files");
        error.Should().NotContain("\n", "the line is redrawn in place, never scrolled");
        error.Should().EndWith("\r", "the last thing written wipes the line");
        output.Should().Contain("✖ 7 problems", "the report is written as usual");
    }

    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "--quiet" })]
    [InlineData(true, new[] { "--format", "json" })]
    [InlineData(true, new[] { "--format", "gitlab" })]
    public void There_is_no_progress_off_a_terminal_with_quiet_or_when_a_format_goes_to_standard_output(bool errorIsTerminal, string[] options)
    {
        var (_, _, error) = Run(errorIsTerminal, ["lint", .. TwoFiles, .. options]);

        error.Should().BeEmpty();
    }

    [Fact]
    public void A_short_run_shows_no_progress()
    {
        var (_, _, error) = Run(errorIsTerminal: true, ["lint", .. TwoFiles], TimeSpan.FromMinutes(1));

        error.Should().BeEmpty();
    }

    [Fact]
    public void The_line_is_cut_to_the_terminal_width()
    {
        var error = new StringWriter();
        var files = new[] { Path.Combine(Repo.Root, "a-very-long-folder-name", "and-a-long-file-name.yaml") };
        using var progress = new ProgressLine(error, files, Repo.Root, TimeSpan.Zero, () => 30);

        progress.Text().Should().Be("statuslint: 0/1 files  a-ver…").And.HaveLength(29);
    }

    private static (int ExitCode, string Output, string Error) Run(bool errorIsTerminal, string[] args, TimeSpan? delay = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Repo.Root, false)
        {
            ErrorIsTerminal = errorIsTerminal,
            ProgressDelay = delay ?? TimeSpan.Zero,
            ErrorWidth = () => 200,
        };
        var exitCode = StatuslintApp.Run(args, environment);
        return (exitCode, output.ToString(), error.ToString());
    }
}
