using System.Text.Encodings.Web;
using System.Text.Json;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>json</c> format: one indented document with a fixed, versioned shape (see README,
/// "Output formats"), for scripts. Paths are relative to the working folder, with <c>/</c>.
/// Written as the files are linted: <c>findings</c> first, then <c>files</c> and <c>summary</c>,
/// which need the whole run.
/// </summary>
public sealed class JsonReporter : IReporter
{
    /// <summary>The shape's version; it changes only when a field is removed or changes meaning.</summary>
    public const int FormatVersion = 1;

    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new JsonReportWriter(output, context);

    /// <summary>Indented, and without escaping non-ASCII text or quotes that a person reads (the output is not embedded in HTML).</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
