using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Writes the terminal format file by file: each input's findings grouped by the file they are
/// in (the input, then the files it refers to), then the summary line. Findings in a file that
/// two inputs refer to are grouped once when the inputs are next to each other, twice otherwise.
/// </summary>
internal sealed class StylishReportWriter : IReportWriter
{
    private readonly StreamWriter output;
    private readonly ReportContext context;
    private readonly AnsiStyle style;
    private readonly RuleTally tally;
    private (string File, List<Diagnostic> Rows)? pending;

    public StylishReportWriter(Stream output, ReportContext context, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        this.context = context;
        style = new AnsiStyle(context.Color);
        tally = new RuleTally(rules);
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var group in file.Diagnostics.Where(d => d.IsActive).GroupBy(d => d.Location.File))
        {
            if (pending is not { } last || last.File != group.Key)
            {
                WritePending();
                pending = (group.Key, []);
            }

            pending.Value.Rows.AddRange(group);
            foreach (var diagnostic in group)
            {
                tally.Add(diagnostic);
            }
        }
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        WritePending();

        // --quiet asks for the errors alone: no counts, no summary line.
        if (!context.Quiet)
        {
            if (tally.Total > StylishReporter.RuleSummaryThreshold)
            {
                foreach (var line in RuleTable.Lines(tally.Sorted(), style))
                {
                    output.WriteLine(line);
                }

                output.WriteLine();
            }

            var (mark, text) = SummaryText.Of(summary);
            output.WriteLine(style.Severity(mark, text));
        }

        output.Flush();
    }

    public void Dispose() => output.Dispose();

    // The last group waits for the next file: when that file's findings start in the same file
    // (a file that the previous one refers to), they join the group, as if all were grouped at once.
    private void WritePending()
    {
        if (pending is not { } group)
        {
            return;
        }

        pending = null;
        var path = VisibleText.OfPath(DisplayPath.Of(group.File, context.BaseDirectory));
        output.WriteLine(style.Underline(path));
        var rows = group.Rows.Select(d => (
            Where: $"{path}:{d.Location.StartLine}:{d.Location.StartColumn}",
            d.Severity,
            Message: VisibleText.Of(d.Message),
            RuleId: VisibleText.Of(d.RuleId))).ToList();
        var whereWidth = rows.Max(row => row.Where.Length);
        foreach (var row in rows)
        {
            var severity = row.Severity.Name();
            output.WriteLine(
                $"  {style.Dim(row.Where.PadRight(whereWidth))}  {style.Severity(row.Severity, severity.PadRight(7))}  {row.Message}  {style.Dim(style.Link(row.RuleId, RulePage(row.RuleId)))}");
        }

        output.WriteLine();
    }

    // Only on a terminal, where the link costs no width; plain output keeps its lines short and
    // gives the pages in the counts by rule and in --statistics.
    private Uri? RulePage(string ruleId) =>
        context.Color && !string.IsNullOrWhiteSpace(RuleDocumentation.For(ruleId)) ? RuleDocumentation.UriFor(ruleId) : null;
}
