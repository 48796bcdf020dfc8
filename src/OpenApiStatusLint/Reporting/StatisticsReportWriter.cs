using System.Text;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>Counts the findings by rule as the files come and writes the table at the end.</summary>
internal sealed class StatisticsReportWriter : IReportWriter
{
    private readonly StreamWriter output;
    private readonly ReportContext context;
    private readonly AnsiStyle style;
    private readonly RuleTally tally;

    public StatisticsReportWriter(Stream output, ReportContext context, IReadOnlyList<Rule> rules)
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
        foreach (var diagnostic in file.Diagnostics)
        {
            tally.Add(diagnostic);
        }
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        foreach (var line in RuleTable.Lines(tally.Sorted(), style))
        {
            output.WriteLine(line);
        }

        if (!context.Quiet)
        {
            var (mark, text) = SummaryText.Of(summary);
            output.WriteLine(style.Severity(mark, text));
        }

        output.Flush();
    }

    public void Dispose() => output.Dispose();
}
