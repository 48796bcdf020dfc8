using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The summary line that people read (stylish, <c>--statistics</c>, Markdown):
/// <c>✖ 2 problems (2 errors, 0 warnings, 0 notes) in 1 file, 3 operations</c>.
/// </summary>
internal static class SummaryText
{
    /// <summary>The line's text and the severity that colours it (null when there is no problem).</summary>
    public static (Severity? Mark, string Text) Of(LintSummary summary, Func<string, string>? emphasis = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        emphasis ??= text => text;
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
            return (null, $"✔ no problems in {scope}");
        }

        var mark = errors > 0 ? Severity.Error : warnings > 0 ? Severity.Warning : Severity.Note;
        var total = errors + warnings + notes;
        return (mark, $"✖ {emphasis(Plural(total, "problem"))} ({Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(notes, "note")}) in {scope}");
    }

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
