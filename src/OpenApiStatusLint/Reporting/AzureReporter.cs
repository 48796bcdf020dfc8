using System.Globalization;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>azure</c> format: one Azure Pipelines logging command per error or warning
/// (<c>##vso[task.logissue type=error;sourcepath=F;linenumber=L;columnnumber=C;code=RULE;]message</c>),
/// which the agent shows as an issue of the run, then a plain summary line.
/// </summary>
/// <remarks>
/// <c>task.logissue</c> has only the types <c>error</c> and <c>warning</c>; notes are printed as
/// plain log lines (<c>path:line:col  note  message  rule</c>) rather than raised to warnings.
/// </remarks>
public sealed class AzureReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new CommandLineReportWriter(output, context, Line);

    /// <summary>The line for one finding: a logging command for an error or a warning, plain text for a note.</summary>
    public static string Line(Diagnostic diagnostic, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var location = diagnostic.Location;
        // Text from a spec or a file name is shown escaped (VisibleText), so that it cannot reach the log raw.
        var path = VisibleText.Of(DisplayPath.Of(location.File, baseDirectory));
        var message = VisibleText.Of(diagnostic.Message);
        if (diagnostic.Severity == Severity.Note)
        {
            // A plain line: a path that starts like a command ("##") is written "./##...".
            return $"{VisibleText.OfPath(path)}:{Number(location.StartLine)}:{Number(location.StartColumn)}  note  {message}  {VisibleText.Of(diagnostic.RuleId)}";
        }

        var properties = new (string Name, string Value)[]
        {
            ("type", diagnostic.Severity == Severity.Error ? "error" : "warning"),
            ("sourcepath", path),
            ("linenumber", Number(location.StartLine)),
            ("columnnumber", Number(location.StartColumn)),
            ("code", diagnostic.RuleId),
        };

        // As the task library writes them: every property ends with ';'.
        var joined = string.Concat(properties.Select(p => $"{p.Name}={LoggingCommandEscaping.Property(p.Value)};"));
        return $"##vso[task.logissue {joined}]{LoggingCommandEscaping.Data(message)}";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
