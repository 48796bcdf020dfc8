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
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new StylishReportWriter(output, context);
}
