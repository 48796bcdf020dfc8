using System.Globalization;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>github</c> format: one GitHub Actions workflow command per finding
/// (<c>::error file=F,line=L,col=C,endLine=..,endColumn=..,title=RULE::message</c>), which the
/// runner turns into an annotation on the pull request, then a plain summary line.
/// </summary>
/// <remarks>
/// GitHub shows at most 10 annotations of each type per step; SARIF upload has no such limit.
/// </remarks>
public sealed class GithubReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        // Suppressed and baselined findings are not shown, as in the terminal.
        foreach (var diagnostic in report.Diagnostics.Where(d => d.IsActive))
        {
            output.WriteLine(Command(diagnostic, context.BaseDirectory));
        }

        output.WriteLine(Summary(report));
    }

    /// <summary>The workflow command for one finding.</summary>
    public static string Command(Diagnostic diagnostic, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = diagnostic.Location;
        var properties = new List<(string Name, string Value)>
        {
            ("file", DisplayPath.Of(location.File, baseDirectory)),
            ("line", Number(location.StartLine)),
            ("col", Number(location.StartColumn)),
            ("endLine", Number(Math.Max(location.EndLine, location.StartLine))),
        };

        // GitHub reads endColumn as inclusive, and uses columns only within one line; ours is exclusive.
        if (location.EndLine <= location.StartLine)
        {
            properties.Add(("endColumn", Number(Math.Max(location.StartColumn, location.EndColumn - 1))));
        }

        properties.Add(("title", diagnostic.RuleId));
        var command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var joined = string.Join(',', properties.Select(p => $"{p.Name}={WorkflowCommandEscaping.Property(p.Value)}"));
        return $"::{command} {joined}::{WorkflowCommandEscaping.Data(diagnostic.Message)}";
    }

    private static string Summary(LintReport report)
    {
        var errors = report.Count(Severity.Error);
        var warnings = report.Count(Severity.Warning);
        var notes = report.Count(Severity.Note);
        var operations = report.Files.Sum(file => file.OperationCount);
        return $"statuslint: {errors + warnings + notes} problem(s) ({errors} errors, {warnings} warnings, {notes} notes) in {report.LintedFileCount} file(s), {operations} operation(s)";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
