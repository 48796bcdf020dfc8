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
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new CommandLineReportWriter(output, context, Command);

    /// <summary>The workflow command for one finding.</summary>
    public static string Command(Diagnostic diagnostic, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = diagnostic.Location;
        var properties = new List<(string Name, string Value)>
        {
            // A file name with control characters cannot be annotated as it is; shown escaped, it cannot reach the log raw.
            ("file", VisibleText.Of(DisplayPath.Of(location.File, baseDirectory))),
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
        return $"::{command} {joined}::{WorkflowCommandEscaping.Data(VisibleText.Of(diagnostic.Message))}";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
