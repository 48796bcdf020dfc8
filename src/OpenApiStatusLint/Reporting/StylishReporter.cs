using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The terminal format: findings grouped by file, one per line as
/// <c>path:line:col  severity  message  rule-id</c> (a form editors and terminals make clickable),
/// then a summary line. Over <see cref="RuleSummaryThreshold"/> findings, the counts by rule come
/// before the summary line. On a terminal the rule id links to the rule's page.
/// </summary>
public sealed class StylishReporter : IReporter
{
    /// <summary>Above this many shown findings, the report ends with their counts by rule.</summary>
    public const int RuleSummaryThreshold = 20;

    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new StylishReportWriter(output, context, rules);
}
