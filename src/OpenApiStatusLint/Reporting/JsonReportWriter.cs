using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Writes the <c>json</c> format straight to its stream: each file's findings as the file comes,
/// flushed every so often, then the files (path, operations, input failed: all a file leaves
/// behind) and the summary.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private readonly Stream output;
    private readonly ReportContext context;
    private readonly Utf8JsonWriter json;
    private readonly List<(string File, int Operations, bool InputFailed)> files = [];

    public JsonReportWriter(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = output;
        this.context = context;
        json = new Utf8JsonWriter(output, JsonReporter.WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("version", JsonReporter.FormatVersion);
        json.WriteStartArray("findings");
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        files.Add((DisplayPath.Of(file.File, context.BaseDirectory), file.OperationCount, file.InputFailed));
        foreach (var diagnostic in file.Diagnostics)
        {
            WriteFinding(diagnostic);
            if (json.BytesPending > JsonFlushing.Threshold)
            {
                json.Flush();
            }
        }
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        json.WriteEndArray();
        WriteFiles();
        WriteSummary(summary);
        json.WriteEndObject();
        json.Flush();
        output.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
        output.Flush();
    }

    public void Dispose() => json.Dispose();

    private void WriteFiles()
    {
        json.WriteStartArray("files");
        foreach (var (file, operations, inputFailed) in files)
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteNumber("operations", operations);
            json.WriteBoolean("inputFailed", inputFailed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteFinding(Diagnostic diagnostic)
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
            WriteFix(fix);
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

    private void WriteFix(SuggestedFix fix)
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

    private void WriteSummary(LintSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("errors", summary.Count(Severity.Error));
        json.WriteNumber("warnings", summary.Count(Severity.Warning));
        json.WriteNumber("notes", summary.Count(Severity.Note));
        json.WriteNumber("files", summary.LintedFileCount);
        json.WriteNumber("operations", summary.OperationCount);
        json.WriteEndObject();
    }
}
