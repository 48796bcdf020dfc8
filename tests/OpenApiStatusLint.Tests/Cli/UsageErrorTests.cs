using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// Mistakes on the command line: one line in one style, <c>statuslint: WHAT; HOW TO FIX</c>, on
/// standard error, nothing on standard output, exit code 2, and no help text around it.
/// </summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("statuslint: --fail-on 'warn' is not a severity; use error, warning, note or none (did you mean 'warning'?)", "lint", "samples/petstore-3.0.yaml", "--fail-on", "warn")]
    [InlineData("statuslint: unknown command 'lnt'; did you mean 'lint'?", "lnt", "samples/petstore-3.0.yaml")]
    [InlineData("statuslint: no command given; use lint, fix, rules, init, lsp (statuslint --help says more)")]
    [InlineData("statuslint: unknown format 'sarf'; use stylish, json, sarif, github, junit, gitlab, azure, markdown, checkstyle, html (did you mean 'sarif'?)", "lint", "samples/petstore-3.0.yaml", "--format", "sarf")]
    [InlineData("statuslint: only one --format can go to standard output; write the others to files with FORMAT=FILE", "lint", "samples/petstore-3.0.yaml", "-f", "json", "-f", "sarif")]
    [InlineData("statuslint: unknown option '--fail-ob'; did you mean '--fail-on'?", "lint", "samples/petstore-3.0.yaml", "--fail-ob", "note")]
    [InlineData("statuslint: unknown option '--frobnicate'; see statuslint fix --help", "fix", "samples/petstore-3.0.yaml", "--frobnicate")]
    [InlineData("statuslint: --max-file-size 'big' is not a number of megabytes; give a whole number such as 100", "lint", "samples/petstore-3.0.yaml", "--max-file-size", "big")]
    [InlineData("statuslint: --format 'xml' is not a format of this command; use stylish or json", "rules", "--format", "xml")]
    public void A_mistake_is_one_line_with_how_to_fix_it_and_exit_2(string expected, params string[] args)
    {
        var (exitCode, output, error) = InProcessCli.Run(Repo.Root, args);

        exitCode.Should().Be(2);
        error.Should().Be(expected + Environment.NewLine, "one line and no help text");
        output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("note", 1)]
    [InlineData("warning", 1)]
    [InlineData("error", 1)]
    public void Fail_on_sets_the_severity_that_fails_the_run(string value, int exitCode)
    {
        InProcessCli.Run(Repo.Root, "lint", "samples/bad/missing-codes.yaml", "--fail-on", value).ExitCode.Should().Be(exitCode);
    }

    [Fact]
    public void Without_fail_on_errors_fail_the_run_and_warnings_do_not()
    {
        InProcessCli.Run(Repo.Root, "lint", "samples/bad/shared-responses.yaml").ExitCode.Should().Be(0, "it has only warnings");
        InProcessCli.Run(Repo.Root, "lint", "samples/bad/missing-codes.yaml").ExitCode.Should().Be(1);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_a_path_not_an_option()
    {
        using var folder = new TempFolder();
        folder.Write("-api.yaml", File.ReadAllText(Repo.Sample("petstore-3.0.yaml")));

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "-api.yaml");

        exitCode.Should().Be(0, output + error);
        output.Should().Contain("✔ no problems in 1 file");
    }
}
