using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

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
    private (string File, List<Diagnostic> Rows)? pending;

    public StylishReportWriter(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        this.context = context;
        style = new AnsiStyle(context.Color);
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
        }
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        WritePending();
        output.WriteLine(Summary(summary));
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
                $"  {style.Dim(row.Where.PadRight(whereWidth))}  {style.Severity(row.Severity, severity.PadRight(7))}  {row.Message}  {style.Dim(row.RuleId)}");
        }

        output.WriteLine();
    }

    private string Summary(LintSummary summary)
    {
        var scope = $"{Plural(summary.LintedFileCount, "file")}, {Plural(summary.OperationCount, "operation")}";
        var hidden = new List<string>();
        if (summary.SuppressedCount > 0)
        {
            hidden.Add($"{summary.SuppressedCount} suppressed");
        }

        if (summary.BaselinedCount > 0)
        {
            hidden.Add($"{summary.BaselinedCount} in baseline");
        }

        if (hidden.Count > 0)
        {
            scope += $" ({string.Join(", ", hidden)}, not shown)";
        }

        var errors = summary.Count(Severity.Error);
        var warnings = summary.Count(Severity.Warning);
        var notes = summary.Count(Severity.Note);
        if (errors + warnings + notes == 0)
        {
            return style.Severity(null, $"✔ no problems in {scope}");
        }

        var mark = errors > 0 ? Severity.Error : warnings > 0 ? Severity.Warning : Severity.Note;
        var total = errors + warnings + notes;
        return style.Severity(mark, $"✖ {Plural(total, "problem")} ({Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(notes, "note")}) in {scope}");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
