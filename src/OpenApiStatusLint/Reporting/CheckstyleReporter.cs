using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>checkstyle</c> format, which many CI and review tools import (Jenkins, reviewdog,
/// SonarQube, Bitbucket): <c>&lt;checkstyle&gt;&lt;file name&gt;&lt;error line column severity message source/&gt;</c>,
/// one <c>file</c> per file with findings, one <c>error</c> per shown finding, the rule id as <c>source</c>.
/// </summary>
public sealed class CheckstyleReporter : IReporter
{
    /// <summary>The Checkstyle report version written in the root's <c>version</c>, as other linters' checkstyle output gives it.</summary>
    public const string FormatVersion = "4.3";

    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new CheckstyleReportWriter(output, context);

    /// <summary>Checkstyle's severity (error, warning, info) for ours.</summary>
    public static string Severity(Severity severity) => severity switch
    {
        Diagnostics.Severity.Error => "error",
        Diagnostics.Severity.Warning => "warning",
        _ => "info",
    };
}
