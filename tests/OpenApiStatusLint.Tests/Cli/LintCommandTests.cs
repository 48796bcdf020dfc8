using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>End to end: the statuslint command on the samples, in process.</summary>
public class LintCommandTests
{
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = StatuslintApp.Run(args, output, error, Repo.Root);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("samples/petstore-2.0.yaml")]
    [InlineData("samples/petstore-3.0.yaml")]
    [InlineData("samples/petstore-3.1.json")]
    [InlineData("samples/petstore-3.2.yaml")]
    [InlineData("samples/multi-file/openapi.yaml")]
    [InlineData("samples/crlf-comments.yaml")]
    public void A_clean_sample_exits_0(string sample)
    {
        var (exitCode, output, _) = Run("lint", sample, "--pack", "http");

        exitCode.Should().Be(0, output);
        output.Should().Contain("✔ no problems in 1 file");
    }

    [Fact]
    public void A_sample_with_an_invalid_code_exits_1_with_each_finding_located()
    {
        var (exitCode, output, _) = Run("lint", "samples/bad/invalid-status-code.yaml", "--pack", "http");

        exitCode.Should().Be(1);
        output.Should().Contain("samples/bad/invalid-status-code.yaml:55:9  error    GET /pets/{petId} → 600: '600' is not an HTTP status code");
        output.Should().Contain("samples/bad/invalid-status-code.yaml:68:9  error    DELETE /pets/{petId} → 2X0: '2X0' is not an HTTP status code");
        output.Should().Contain("response-code-is-valid");
        output.Should().Contain("✖ 2 problems (2 errors, 0 warnings, 0 notes) in 1 file");
    }

    [Fact]
    public void Suppressions_hide_their_finding_and_each_faulty_entry_is_reported_at_its_line()
    {
        var (exitCode, output, _) = Run("lint", "samples/bad/suppressions.yaml");

        exitCode.Should().Be(1);
        output.Should().NotContain("operation-declares-500\n");
        output.Should().Contain("samples/bad/suppressions.yaml:16:11  warning  x-statuslint-ignore for 'error-body-uses-standard-schema' gives no reason");
        output.Should().Contain("samples/bad/suppressions.yaml:18:11  warning  x-statuslint-ignore names 'operation-declares-50', which is no statuslint rule; did you mean 'operation-declares-500'?");
        output.Should().Contain("samples/bad/suppressions.yaml:21:11  note     x-statuslint-ignore for 'write-declares-409' silences nothing here");
        output.Should().Contain("samples/bad/suppressions.yaml:28:7   error    GET /health takes parameters or a body but does not declare 400");
        output.Should().Contain("✖ 5 problems (1 error, 2 warnings, 2 notes) in 1 file, 1 operation (1 suppressed, not shown)");
    }

    [Fact]
    public void A_broken_sample_exits_2_with_file_line_and_column()
    {
        var (exitCode, output, _) = Run("lint", "samples/invalid/not-yaml.yaml");

        exitCode.Should().Be(2);
        output.Should().Contain("samples/invalid/not-yaml.yaml:9:6  error    invalid YAML");
        output.Should().NotContain("   at ");
    }

    [Fact]
    public void Several_files_keep_their_order_and_a_glob_expands()
    {
        var (_, output, _) = Run("lint", "samples/bad/*.yaml", "samples/invalid/empty.yaml", "--pack", "http");

        var invalidCodes = output.IndexOf("samples/bad/invalid-status-code.yaml", StringComparison.Ordinal);
        var noSuccess = output.IndexOf("samples/bad/no-success.yaml", StringComparison.Ordinal);
        var empty = output.IndexOf("samples/invalid/empty.yaml", StringComparison.Ordinal);
        invalidCodes.Should().BeGreaterThan(-1);
        noSuccess.Should().BeGreaterThan(invalidCodes);
        empty.Should().BeGreaterThan(noSuccess);
    }

    [Fact]
    public void Fail_on_none_exits_0_even_with_errors()
    {
        Run("lint", "samples/bad/invalid-status-code.yaml", "--fail-on", "none").ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("lint", "samples/petstore-3.0.yaml", "--format", "xml")]
    [InlineData("lint", "samples/petstore-3.0.yaml", "--pack", "nope")]
    [InlineData("lint", "samples/nothing-here-*.yaml")]
    [InlineData("lint", "--bogus")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        exitCode.Should().Be(2);
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void Output_to_a_redirected_writer_has_no_colour()
    {
        Run("lint", "samples/bad/no-success.yaml").Output.Should().NotContain("\u001b[");
    }
}
