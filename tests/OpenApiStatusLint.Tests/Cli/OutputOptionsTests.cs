using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>End to end: the options that shape what lint and fix print (--statistics, --quiet, --max-warnings, --color).</summary>
public class OutputOptionsTests
{
    private const string ManyFindings = "samples/bad/missing-codes.yaml";
    private const string Osc8Start = "\u001b]8;;";

    [Fact]
    public void Statistics_print_counts_by_rule_most_first_with_severity_fixable_and_page_instead_of_the_findings()
    {
        var (exitCode, output, _) = LintCommandTests.Run("lint", ManyFindings, "--statistics");

        exitCode.Should().Be(1);
        var lines = output.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        lines[0].Should().Be("  6  error    operation-declares-500                  [*]  https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/operation-declares-500.md");
        lines.Should().Contain("  3  warning  error-body-uses-standard-schema              https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/error-body-uses-standard-schema.md");
        lines[^2].Should().Be("[*] statuslint fix --write inserts what these rules ask for");
        lines[^1].Should().Be("✖ 37 problems (23 errors, 8 warnings, 6 notes) in 1 file, 6 operations");
        output.Should().NotContain("missing-codes.yaml:", "the findings themselves are not listed");
        var counts = lines.TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)).Select(line => int.Parse(line.Trim().Split(' ')[0])).ToList();
        counts.Should().BeInDescendingOrder().And.HaveCount(16);
        counts.Sum().Should().Be(37);
    }

    [Fact]
    public void Statistics_refuse_to_share_standard_output_with_another_format()
    {
        var (exitCode, output, error) = LintCommandTests.Run("lint", ManyFindings, "--statistics", "--format", "json");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("statuslint: --statistics prints to standard output, where another --format goes; write that format to a file with FORMAT=FILE" + Environment.NewLine);
    }

    [Fact]
    public void Statistics_go_to_standard_output_while_a_format_goes_to_a_file()
    {
        using var folder = new TempFolder();
        var sarif = Path.Combine(folder.Path, "out.sarif");

        var (exitCode, output, _) = LintCommandTests.Run("lint", ManyFindings, "--statistics", "--format", "sarif=" + sarif);

        exitCode.Should().Be(1);
        output.Should().StartWith("  6  error    operation-declares-500");
        File.ReadAllText(sarif).Should().Contain("\"ruleId\": \"operation-declares-500\"");
    }

    [Fact]
    public void Stylish_ends_with_the_counts_by_rule_over_twenty_findings_and_not_below()
    {
        var (_, many, _) = LintCommandTests.Run("lint", ManyFindings);
        var (_, few, _) = LintCommandTests.Run("lint", "samples/bad/suppressions.yaml");

        var summary = many.IndexOf("✖ 37 problems", StringComparison.Ordinal);
        var table = many.IndexOf("  6  error    operation-declares-500                  [*]  https://", StringComparison.Ordinal);
        table.Should().BeGreaterThan(many.LastIndexOf("missing-codes.yaml:", StringComparison.Ordinal)).And.BeLessThan(summary);
        few.Should().NotContain("[*]").And.NotContain("https://");
    }

    [Fact]
    public void Quiet_shows_errors_only_without_summary_and_keeps_the_exit_code()
    {
        var (exitCode, output, _) = LintCommandTests.Run("lint", "samples/bad/suppressions.yaml", "--quiet", "--fail-on", "warning");

        exitCode.Should().Be(1);
        output.Should().Be(
            "samples/bad/suppressions.yaml" + Environment.NewLine
            + "  samples/bad/suppressions.yaml:28:7  error    GET /health takes parameters or a body but does not declare 400 (Bad Request)  input-operation-declares-400" + Environment.NewLine
            + Environment.NewLine);
    }

    [Fact]
    public void Quiet_leaves_warnings_out_of_every_report_and_a_clean_run_prints_nothing()
    {
        var (_, json, _) = LintCommandTests.Run("lint", "samples/bad/suppressions.yaml", "--quiet", "--format", "json");
        var (exitCode, clean, _) = LintCommandTests.Run("lint", "samples/petstore-3.0.yaml", "--pack", "http", "--quiet");

        json.Should().Contain("\"ruleId\": \"input-operation-declares-400\"").And.NotContain("\"severity\": \"warning\"").And.NotContain("\"severity\": \"note\"");
        exitCode.Should().Be(0);
        clean.Should().BeEmpty();
    }

    [Theory]
    [InlineData("github", "::error ")]
    [InlineData("azure", "##vso[task.logissue type=error;")]
    public void Quiet_ci_annotations_are_the_errors_alone_without_the_summary_line(string format, string prefix)
    {
        var (exitCode, output, _) = LintCommandTests.Run("lint", "samples/bad/suppressions.yaml", "--quiet", "--format", format);

        exitCode.Should().Be(1);
        output.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith(prefix).And.Contain("input-operation-declares-400");
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("7", 1)]
    [InlineData("8", 0)]
    public void Max_warnings_fails_the_run_when_warnings_exceed_it(string allowed, int expected)
    {
        // missing-codes has 8 warnings; --fail-on none leaves the verdict to --max-warnings.
        var (exitCode, _, error) = LintCommandTests.Run("lint", ManyFindings, "--fail-on", "none", "--max-warnings", allowed);

        exitCode.Should().Be(expected);
        if (expected == 1)
        {
            error.Should().Be($"statuslint: 8 warnings, more than --max-warnings {allowed} allows" + Environment.NewLine);
        }
        else
        {
            error.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("-1", "--max-warnings must be 0 or more, not -1")]
    [InlineData("many", "many")]
    public void Max_warnings_must_be_a_count(string value, string message)
    {
        var (exitCode, output, error) = LintCommandTests.Run("lint", ManyFindings, "--max-warnings", value);

        exitCode.Should().Be(2);
        output.Should().NotContain("missing-codes.yaml:");
        error.Should().Contain(message);
    }

    [Theory]
    [InlineData("always", false, null, null, true)]
    [InlineData("never", true, "1", null, false)]
    [InlineData("auto", false, null, null, false)]
    [InlineData("auto", true, null, null, true)]
    [InlineData("auto", true, null, "1", false)]
    [InlineData("auto", false, "1", null, true)]
    [InlineData("auto", false, "true", "1", true)]
    [InlineData("auto", true, "0", null, false)]
    [InlineData("auto", true, "false", null, false)]
    [InlineData("always", true, null, "1", true)]
    public void Color_follows_the_option_then_FORCE_COLOR_then_NO_COLOR_then_the_terminal(string mode, bool terminal, string? forceColor, string? noColor, bool colored)
    {
        var variables = new Dictionary<string, string?> { ["FORCE_COLOR"] = forceColor, ["NO_COLOR"] = noColor };

        var (_, output, _) = Run(terminal, variables, "lint", "samples/bad/suppressions.yaml", "--color", mode);

        output.Contains('\u001b').Should().Be(colored);
    }

    [Fact]
    public void On_a_terminal_the_rule_id_links_to_its_page_and_plain_output_has_no_link()
    {
        var (_, colored, _) = LintCommandTests.Run("lint", "samples/bad/suppressions.yaml", "--color", "always");
        var (_, plain, _) = LintCommandTests.Run("lint", "samples/bad/suppressions.yaml");

        colored.Should().Contain($"{Osc8Start}https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/input-operation-declares-400.md\u001b\\input-operation-declares-400{Osc8Start}\u001b\\");
        plain.Should().NotContain(Osc8Start).And.Contain("(Bad Request)  input-operation-declares-400" + Environment.NewLine);
    }

    [Fact]
    public void The_counts_by_rule_on_a_terminal_link_the_rule_instead_of_printing_the_address()
    {
        var (_, output, _) = LintCommandTests.Run("lint", ManyFindings, "--statistics", "--color", "always");

        output.Should().Contain($"{Osc8Start}https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/operation-declares-500.md\u001b\\operation-declares-500{Osc8Start}\u001b\\");
        output.Should().NotContain("  https://");
    }

    [Fact]
    public void Fix_quiet_prints_no_diff_and_still_exits_1_when_something_would_change()
    {
        var (exitCode, output, _) = LintCommandTests.Run("fix", ManyFindings, "--quiet");
        var (_, diff, _) = LintCommandTests.Run("fix", ManyFindings);

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        diff.Should().Contain("+++ b/samples/bad/missing-codes.yaml");
    }

    [Fact]
    public void Fix_colours_its_diff_with_color_always()
    {
        var (_, colored, _) = LintCommandTests.Run("fix", ManyFindings, "--color", "always");
        var (_, plain, _) = LintCommandTests.Run("fix", ManyFindings);

        colored.Should().Contain("\u001b[");
        plain.Should().NotContain("\u001b[");
    }

    internal static (int ExitCode, string Output, string Error) Run(bool outputIsTerminal, IReadOnlyDictionary<string, string?> variables, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Repo.Root, false)
        {
            OutputIsTerminal = outputIsTerminal,
            Variable = name => variables.GetValueOrDefault(name),
        };
        var exitCode = StatuslintApp.Run(args, environment);
        return (exitCode, output.ToString(), error.ToString());
    }
}
