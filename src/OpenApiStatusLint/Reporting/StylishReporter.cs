using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The terminal format: findings grouped by file, one per line as
/// <c>path:line:col  severity  message  rule-id</c> (a form editors and terminals make clickable),
/// then a summary line.
/// </summary>
public sealed class StylishReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        var style = new AnsiStyle(context.Color);
        var groups = report.Files
            .SelectMany(file => file.Diagnostics)
            .Where(d => d.IsActive)
            .GroupBy(d => d.Location.File)
            .ToList();
        foreach (var group in groups)
        {
            var path = DisplayPath.Of(group.Key, context.BaseDirectory);
            output.WriteLine(style.Underline(path));
            var rows = group.Select(d => (
                Where: $"{path}:{d.Location.StartLine}:{d.Location.StartColumn}",
                d.Severity,
                d.Message,
                d.RuleId)).ToList();
            var whereWidth = rows.Max(row => row.Where.Length);
            foreach (var row in rows)
            {
                var severity = row.Severity.Name();
                output.WriteLine(
                    $"  {style.Dim(row.Where.PadRight(whereWidth))}  {style.Severity(row.Severity, severity.PadRight(7))}  {row.Message}  {style.Dim(row.RuleId)}");
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(report, style));
    }

    private static string Summary(LintReport report, AnsiStyle style)
    {
        var files = report.LintedFileCount;
        var operations = report.Files.Sum(file => file.OperationCount);
        var scope = $"{Plural(files, "file")}, {Plural(operations, "operation")}";
        var hidden = new List<string>();
        if (report.SuppressedCount > 0)
        {
            hidden.Add($"{report.SuppressedCount} suppressed");
        }

        if (report.BaselinedCount > 0)
        {
            hidden.Add($"{report.BaselinedCount} in baseline");
        }

        if (hidden.Count > 0)
        {
            scope += $" ({string.Join(", ", hidden)}, not shown)";
        }
        var errors = report.Count(Severity.Error);
        var warnings = report.Count(Severity.Warning);
        var notes = report.Count(Severity.Note);
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
