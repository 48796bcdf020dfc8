using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>The markdown format: GitHub-flavoured tables (by rule, then per file) that render as the text they hold.</summary>
public partial class MarkdownReporterTests
{
    [Fact]
    public void The_summary_comes_first_then_a_table_by_rule_then_one_table_per_file()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/invalid-status-code.yaml", "samples/bad/suppressions.yaml", "--format", "markdown");

        exitCode.Should().Be(1);
        var lines = output.Split('\n');
        lines[0].Should().Be("## statuslint");
        lines[2].Should().Be("✖ **7 problems** (3 errors, 2 warnings, 2 notes) in 2 files, 4 operations (1 suppressed, not shown)");
        lines[4].Should().Be("| Rule | Severity | Findings | Fixable |");
        lines[6].Should().Be("| [`response-code-is-valid`](https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/response-code-is-valid.md) | error | 2 | no |");
        output.Should().Contain("| [`input-operation-declares-400`](https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/input-operation-declares-400.md) | error | 1 | yes |");
        output.IndexOf("### samples/bad/invalid-status-code.yaml", StringComparison.Ordinal).Should()
            .BeGreaterThan(output.IndexOf("| Rule |", StringComparison.Ordinal))
            .And.BeLessThan(output.IndexOf("### samples/bad/suppressions.yaml", StringComparison.Ordinal));
        output.Should().Contain("| 55:9 | error | '600' is not an HTTP status code: use 100–599, a range such as 4XX, or default | [`response-code-is-valid`]");
        TableRowsHaveTheirHeadersCellCount(output);
    }

    [Fact]
    public void A_clean_run_says_so_without_tables()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/petstore-3.0.yaml", "--pack", "http", "--format", "markdown");

        exitCode.Should().Be(0);
        output.Should().Be("## statuslint\n\n✔ no problems in 1 file, 6 operations\n");
    }

    [Fact]
    public void Pipes_markup_html_and_line_breaks_in_a_message_stay_text_in_one_cell()
    {
        MarkdownEscaping.Cell("a | b *c* _d_ `e` [f](g) <script> ~~h~~ &amp; \\ i\r\nj\nk")
            .Should().Be("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<script\\> \\~\\~h\\~\\~ \\&amp; \\\\ i<br>j<br>k");

        var file = Path.Combine(Repo.Root, "samples", "x|y.yaml");
        var diagnostic = new Diagnostic("rule-x", Severity.Warning, "one | two\nthree <b>", SourceRange.At(file, 3, 1));
        var output = Reports.Write(new MarkdownReporter(), new LintReport([new FileReport(file, [diagnostic], false, [])], []), new ReportContext(Repo.Root));

        output.Should().Contain("### samples/x\\|y.yaml");
        output.Should().Contain("| 3:1 | warning | one \\| two\\\\nthree \\<b\\> | `rule-x` |", "a line break from the spec is shown as \\n, as in every text format");
        TableRowsHaveTheirHeadersCellCount(output);
    }

    // A GFM table row is cut at each '|' that no backslash escapes; a row with more cells than its
    // header would show a message spilling into the next column.
    private static void TableRowsHaveTheirHeadersCellCount(string markdown)
    {
        int? columns = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            var cells = UnescapedPipe().Split(line.Trim()).Length - 2;
            columns ??= cells;
            cells.Should().Be(columns, line);
        }
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
