using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>markdown</c> format, for <c>$GITHUB_STEP_SUMMARY</c>, a pull-request comment or a wiki:
/// a heading with the summary, a table of the findings per rule (count, severity, fixable, a link
/// to the rule's page), then one table per file with each finding's line, severity, message and
/// rule. Messages are escaped so that they render as text.
/// </summary>
public sealed class MarkdownReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new MarkdownReportWriter(output, context, rules);
}
