using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>gitlab</c> format: a GitLab Code Quality report (<c>artifacts: reports: codequality:</c>),
/// a JSON array with one issue per shown finding: <c>description</c>, <c>check_name</c> (the rule),
/// <c>fingerprint</c>, <c>severity</c> and <c>location.path</c>/<c>location.lines</c>. It is the
/// subset of the Code Climate issue that GitLab reads, plus <c>type</c> and <c>categories</c> so
/// that Code Climate tools read it too.
/// </summary>
/// <remarks>
/// The fingerprint is SARIF's <c>partialFingerprints</c> value (rule, file and JSON pointer, not the
/// line), so GitLab's merge request widget keeps telling a finding apart from a new one when lines
/// move, and two findings never share one (GitLab shows findings with one fingerprint as one).
/// </remarks>
public sealed class GitlabReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new GitlabReportWriter(output, context);

    /// <summary>
    /// GitLab's severity (info, minor, major, critical, blocker) for ours: as ESLint's GitLab
    /// formatter maps its own, an error is <c>major</c> and a warning <c>minor</c>; a note is <c>info</c>.
    /// </summary>
    public static string Severity(Severity severity) => severity switch
    {
        Diagnostics.Severity.Error => "major",
        Diagnostics.Severity.Warning => "minor",
        _ => "info",
    };
}
