using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>html</c> format: one self-contained page (inline CSS and script, nothing from the
/// network) with the operations × status codes matrix, the findings and a summary. It needs the
/// files' <see cref="FileReport.Outline"/> (<see cref="LintOptions.IncludeOutline"/>); without it
/// the page lists the findings only.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rule> rules) =>
        new HtmlReportWriter(output, context, rules);
}
