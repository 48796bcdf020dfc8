using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Writes a CI runner's format (<c>github</c> workflow commands, <c>azure</c> logging commands): one
/// line per active finding as each file comes, made by the reporter's line function, then the summary line.
/// </summary>
internal sealed class CommandLineReportWriter : IReportWriter
{
    private readonly StreamWriter output;
    private readonly ReportContext context;
    private readonly Func<Diagnostic, string, string> line;

    // line: the text for one finding, given the folder that paths are relative to.
    public CommandLineReportWriter(Stream output, ReportContext context, Func<Diagnostic, string, string> line)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        this.context = context;
        this.line = line;
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        // Suppressed and baselined findings are not shown, as in the terminal.
        foreach (var diagnostic in file.Diagnostics.Where(d => d.IsActive))
        {
            output.WriteLine(line(diagnostic, context.BaseDirectory));
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
