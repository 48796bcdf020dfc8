using System.Globalization;
using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Writes the <c>markdown</c> format. The table per rule comes first but is known only at the end,
/// so each file's table goes to a temporary file as it comes (memory stays at one count per rule),
/// and <see cref="Finish"/> writes the heading and the table per rule, then copies the files' tables.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly Stream output;
    private readonly ReportContext context;
    private readonly RuleTally tally;
    private readonly FileStream spool;
    private readonly StreamWriter files;

    public MarkdownReportWriter(Stream output, ReportContext context, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = output;
        this.context = context;
        tally = new RuleTally(rules);
        spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"statuslint-markdown-{Guid.NewGuid():N}.md"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        files = new StreamWriter(spool, Utf8, leaveOpen: true) { NewLine = "\n" };
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);

        // Suppressed and baselined findings are not shown, as in the terminal. An input's findings
        // in the files it refers to go under those files' names.
        foreach (var group in file.Diagnostics.Where(d => d.IsActive).GroupBy(d => d.Location.File))
        {
            files.WriteLine();
            files.WriteLine($"### {MarkdownEscaping.Cell(VisibleText.Of(DisplayPath.Of(group.Key, context.BaseDirectory)))}");
            files.WriteLine();
            files.WriteLine("| Line | Severity | Message | Rule |");
            files.WriteLine("| ---: | --- | --- | --- |");
            foreach (var diagnostic in group)
            {
                tally.Add(diagnostic);
                var where = string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Location.StartLine}:{diagnostic.Location.StartColumn}");
                files.WriteLine($"| {where} | {diagnostic.Severity.Name()} | {MarkdownEscaping.Cell(VisibleText.Of(diagnostic.Message))} | {RuleLink(diagnostic.RuleId, RulePage(diagnostic.RuleId))} |");
            }
        }
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        files.Flush();
        var head = new StringBuilder();
        head.Append("## statuslint\n\n").Append(SummaryLine(summary)).Append('\n');
        var counts = tally.Sorted();
        if (counts.Count > 0)
        {
            head.Append("\n| Rule | Severity | Findings | Fixable |\n| --- | --- | ---: | --- |\n");
            foreach (var count in counts)
            {
                head.Append(CultureInfo.InvariantCulture, $"| {RuleLink(count.RuleId, count.Page)} | {count.Severity.Name()} | {count.Count} | {(count.Fixable ? "yes" : "no")} |\n");
            }
        }

        output.Write(Utf8.GetBytes(head.ToString()));
        spool.Position = 0;
        spool.CopyTo(output);
        output.Flush();
    }

    public void Dispose()
    {
        files.Dispose();
        spool.Dispose();
    }

    private static Uri? RulePage(string ruleId) =>
        string.IsNullOrWhiteSpace(RuleDocumentation.For(ruleId)) ? null : RuleDocumentation.UriFor(ruleId);

    private static string RuleLink(string ruleId, Uri? page) =>
        page is null ? $"`{ruleId}`" : $"[`{ruleId}`]({page.AbsoluteUri})";

    // Markdown's line is stylish's, with the count in bold.
    private static string SummaryLine(LintSummary summary) =>
        SummaryText.Of(summary, text => $"**{text}**").Text;
}
