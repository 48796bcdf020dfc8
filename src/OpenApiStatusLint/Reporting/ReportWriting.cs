using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>Writes a whole report through a streaming writer, so that both ways produce the same text.</summary>
internal static class ReportWriting
{
    public static void Write(IReporter reporter, LintReport report, TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        using var stream = new TextWriterStream(output);
        using var writer = reporter.Open(stream, context, report.Rules);
        foreach (var file in report.Files)
        {
            writer.WriteFile(file);
        }

        writer.Finish(report.Summary);
    }
}
