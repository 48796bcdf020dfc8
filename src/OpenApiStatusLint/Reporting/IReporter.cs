using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>Writes a lint report in one output format.</summary>
public interface IReporter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(LintReport report, TextWriter output, ReportContext context);
}
