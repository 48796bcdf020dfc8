using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// What <c>statuslint lint --statistics</c> prints instead of the findings: one line per rule with
/// its count, severity, whether <c>statuslint fix</c> repairs it (<c>[*]</c>) and its page, most
/// findings first (as ruff's <c>--statistics</c>), then the summary line.
/// </summary>
public sealed class StatisticsReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new StatisticsReportWriter(output, context, rules);
}
