using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>Writes a lint report in one output format.</summary>
public interface IReporter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(LintReport report, TextWriter output, ReportContext context);

    /// <summary>
    /// Starts a report on <paramref name="output"/> (UTF-8) that is written file by file while
    /// the files are linted. <paramref name="rules"/> are the rules that run. The stream stays open.
    /// A reporter that cannot stream gets the whole run at the end, through <see cref="Write"/>.
    /// </summary>
    IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rule> rules) =>
        new BufferingReportWriter(this, output, context, rules);
}
