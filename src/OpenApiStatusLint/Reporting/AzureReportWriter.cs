using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>Writes the <c>azure</c> format: each file's logging commands as the file comes, then the summary line.</summary>
internal sealed class AzureReportWriter : IReportWriter
{
    private readonly StreamWriter output;
    private readonly ReportContext context;

    public AzureReportWriter(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        this.context = context;
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);

        // Suppressed and baselined findings are not shown, as in the terminal.
        foreach (var diagnostic in file.Diagnostics.Where(d => d.IsActive))
        {
            output.WriteLine(AzureReporter.Line(diagnostic, context.BaseDirectory));
        }
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (context.Quiet)
        {
            // --quiet: the errors' commands alone, as in the terminal.
            output.Flush();
            return;
        }

        var errors = summary.Count(Severity.Error);
        var warnings = summary.Count(Severity.Warning);
        var notes = summary.Count(Severity.Note);
        output.WriteLine($"statuslint: {errors + warnings + notes} problem(s) ({errors} errors, {warnings} warnings, {notes} notes) in {summary.LintedFileCount} file(s), {summary.OperationCount} operation(s)");
        output.Flush();
    }

    public void Dispose() => output.Dispose();
}
