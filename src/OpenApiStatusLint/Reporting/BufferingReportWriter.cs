using System.Text;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The writer for a reporter that only knows how to write a whole report: it keeps every file and
/// hands them over at the end. Kept so that reporters written before streaming still work.
/// </summary>
internal sealed class BufferingReportWriter(IReporter reporter, Stream output, ReportContext context, IReadOnlyList<Rule> rules) : IReportWriter
{
    private readonly List<FileReport> files = [];

    public void WriteFile(FileReport file) => files.Add(file);

    public void Finish(LintSummary summary)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        reporter.Write(new LintReport(files, rules), writer, context);
    }

    public void Dispose()
    {
    }
}
