using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>json</c> format: one indented document with a fixed, versioned shape (see README,
/// "Output formats"), for scripts. Paths are relative to the working folder, with <c>/</c>.
/// </summary>
public sealed class JsonReporter : IReporter
{
    /// <summary>The shape's version; it changes only when a field is removed or changes meaning.</summary>
    public const int FormatVersion = 1;

    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            WriteFiles(json, report, context);
            WriteFindings(json, report, context);
            WriteSummary(json, report);
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    /// <summary>Indented, and without escaping non-ASCII text or quotes that a person reads (the output is not embedded in HTML).</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void WriteFiles(Utf8JsonWriter json, LintReport report, ReportContext context)
    {
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("file", DisplayPath.Of(file.File, context.BaseDirectory));
            json.WriteNumber("operations", file.OperationCount);
            json.WriteBoolean("inputFailed", file.InputFailed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, LintReport report, ReportContext context)
    {
        json.WriteStartArray("findings");
        foreach (var diagnostic in report.Diagnostics)
        {
            var location = diagnostic.Location;
            json.WriteStartObject();
            json.WriteString("file", DisplayPath.Of(location.File, context.BaseDirectory));
            json.WriteNumber("line", location.StartLine);
            json.WriteNumber("column", location.StartColumn);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
            json.WriteString("ruleId", diagnostic.RuleId);
            json.WriteString("severity", diagnostic.Severity.Name());
            json.WriteString("message", diagnostic.Message);
            json.WriteString("pointer", diagnostic.Pointer);
            json.WriteString("operation", diagnostic.Operation);
            json.WriteStartArray("related");
            foreach (var related in diagnostic.Related)
            {
                json.WriteStartObject();
                json.WriteString("file", DisplayPath.Of(related.Location.File, context.BaseDirectory));
                json.WriteNumber("line", related.Location.StartLine);
                json.WriteNumber("column", related.Location.StartColumn);
                json.WriteString("message", related.Message);
                json.WriteString("pointer", related.Pointer);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (diagnostic.Fix is { } fix)
            {
                WriteFix(json, fix);
            }

            // Optional fields, so the shape stays version 1: present only when the run has suppressions or a baseline.
            if (diagnostic.Suppression is { } suppression)
            {
                json.WriteStartObject("suppression");
                json.WriteString("reason", suppression.Reason);
                json.WriteString("pointer", suppression.Pointer);
                json.WriteEndObject();
            }

            if (diagnostic.Baseline is { } baseline)
            {
                json.WriteString("baselineState", baseline == BaselineState.Unchanged ? "unchanged" : "new");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFix(Utf8JsonWriter json, SuggestedFix fix)
    {
        json.WriteStartObject("fix");
        json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(fix.Kind.ToString()));
        json.WriteString("pointer", fix.Pointer);
        json.WriteString("code", fix.Code);
        if (fix.Header is not null)
        {
            json.WriteString("header", fix.Header);
        }

        json.WriteBoolean("withBody", fix.WithBody);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("notes", report.Count(Severity.Note));
        json.WriteNumber("files", report.LintedFileCount);
        json.WriteNumber("operations", report.Files.Sum(file => file.OperationCount));
        json.WriteEndObject();
    }
}
