using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Writes the <c>html</c> format straight to its stream. The page's head goes out when the report
/// is opened; each file then becomes one JSON data block (its operations, their declared codes and
/// its findings) as it comes, and the end adds the run's summary and the script that draws the
/// matrix from the blocks. So nothing of a file is kept once written: the columns of the matrix,
/// which depend on every file, are worked out in the browser.
/// </summary>
/// <remarks>
/// Everything from the spec is untrusted. It reaches the page only inside JSON written with the
/// default <see cref="JavaScriptEncoder"/>, which escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>
/// and quotes, so no text can close the data block; the script puts it into the page as text
/// nodes and attributes, never as markup.
/// </remarks>
internal sealed class HtmlReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default };

    private readonly Stream output;
    private readonly ReportContext context;
    private readonly IReadOnlyList<Rule> rules;
    private readonly Utf8JsonWriter json;

    public HtmlReportWriter(Stream output, ReportContext context, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        this.output = output;
        this.context = context;
        this.rules = rules;
        json = new Utf8JsonWriter(output, JsonOptions);
        Raw($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{WebUtility.HtmlEncode(HtmlPage.ContentSecurityPolicy)}">
            <meta name="generator" content="statuslint {WebUtility.HtmlEncode(context.ToolVersion)}">
            <title>statuslint report</title>
            <style>{HtmlPage.Style}</style>
            </head>
            <body>
            <noscript><p>This report is drawn by the script inside the file; open it in a browser with JavaScript on.</p></noscript>

            """);
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Raw("<script type=\"application/json\" class=\"statuslint-file\">");
        json.WriteStartObject();
        json.WriteString("file", Shown(file.File));
        json.WriteBoolean("baseline", file.IsBaseline);
        json.WriteBoolean("inputFailed", file.InputFailed);
        json.WriteNumber("operationCount", file.OperationCount);
        json.WriteBoolean("outlined", file.Outline is not null);
        if (file.Outline is { } outline)
        {
            json.WriteString("title", outline.Title);
            json.WriteString("version", outline.Version);
            WriteOperations(outline.Operations);
        }

        json.WriteStartArray("findings");
        foreach (var diagnostic in file.Diagnostics.Where(diagnostic => diagnostic.IsActive))
        {
            WriteFinding(diagnostic);
            if (json.BytesPending > JsonFlushing.Threshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        EndJson();
        Raw("</script>\n");
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Raw("<script type=\"application/json\" id=\"statuslint-run\">");
        json.WriteStartObject();
        json.WriteString("tool", "statuslint");
        json.WriteString("version", context.ToolVersion);
        json.WriteString("docs", RuleDocumentation.BaseUri);
        json.WriteStartArray("packs");
        foreach (var pack in rules.Select(rule => rule.Pack).Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(pack);
        }

        json.WriteEndArray();
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("pack", rule.Pack);
            json.WriteString("severity", rule.DefaultSeverity.Name());
            json.WriteString("summary", rule.Summary);
            json.WriteBoolean("documented", rule.Documentation.Length > 0);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("errors", summary.Count(Severity.Error));
        json.WriteNumber("warnings", summary.Count(Severity.Warning));
        json.WriteNumber("notes", summary.Count(Severity.Note));
        json.WriteNumber("files", summary.LintedFileCount);
        json.WriteNumber("operations", summary.OperationCount);
        json.WriteNumber("suppressed", summary.SuppressedCount);
        json.WriteNumber("baselined", summary.BaselinedCount);
        json.WriteEndObject();
        json.WriteEndObject();
        EndJson();
        Raw($"</script>\n<script>{HtmlPage.Script}</script>\n</body>\n</html>\n");
        output.Flush();
    }

    public void Dispose() => json.Dispose();

    private void WriteOperations(IReadOnlyList<OperationOutline> operations)
    {
        json.WriteStartArray("operations");
        foreach (var operation in operations)
        {
            json.WriteStartObject();
            json.WriteString("name", operation.Name);
            json.WriteString("source", operation.Source == Model.OperationSource.Webhook ? "webhook" : "path");
            json.WriteString("path", operation.Path);
            json.WriteString("method", operation.Method);
            if (operation.OperationId is not null)
            {
                json.WriteString("operationId", operation.OperationId);
            }

            json.WriteStartArray("tags");
            foreach (var tag in operation.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteString("pointer", operation.Pointer);
            WritePlace(operation.Location);
            json.WriteStartArray("responses");
            foreach (var response in operation.Responses)
            {
                json.WriteStartObject();
                json.WriteString("code", response.Code);
                json.WriteString("pointer", response.Pointer);
                WritePlace(response.Location);
                if (response.SharedPointer is not null)
                {
                    json.WriteString("shared", response.SharedPointer);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > JsonFlushing.Threshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
    }

    private void WriteFinding(Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("rule", diagnostic.RuleId);
        json.WriteString("severity", diagnostic.Severity.Name());
        json.WriteString("message", diagnostic.Message);
        WritePlace(diagnostic.Location);
        if (diagnostic.Pointer is not null)
        {
            json.WriteString("pointer", diagnostic.Pointer);
        }

        if (diagnostic.Operation is not null)
        {
            json.WriteString("operation", diagnostic.Operation);
        }

        if (diagnostic.Code is { } code)
        {
            json.WriteString("code", code);
        }

        json.WriteStartArray("related");
        foreach (var related in diagnostic.Related)
        {
            json.WriteStartObject();
            json.WriteString("message", related.Message);
            WritePlace(related.Location);
            if (related.Pointer is not null)
            {
                json.WriteString("pointer", related.Pointer);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            WriteFix(diagnostic, fix);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The fix as <c>statuslint fix</c> would make it: the same edits SARIF's <c>fixes</c> carry,
    /// computed by the fix engine; when they were not computed (too many fixes in the file, or no
    /// edit source given) only what the fix adds.
    /// </summary>
    private void WriteFix(Diagnostic diagnostic, SuggestedFix fix)
    {
        json.WriteStartObject("fix");
        json.WriteString("kind", fix.Kind == FixKind.AddResponseHeader ? "addResponseHeader" : "addResponse");
        json.WriteString("code", fix.Code);
        if (fix.Header is not null)
        {
            json.WriteString("header", fix.Header);
        }

        json.WriteStartArray("edits");
        foreach (var edit in (context.FixEdits ?? SarifFixEdit.Of)(diagnostic))
        {
            json.WriteStartObject();
            json.WriteString("file", Shown(edit.File));
            json.WriteNumber("line", edit.StartLine);
            json.WriteNumber("column", edit.StartColumn);
            json.WriteString("text", edit.InsertedText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WritePlace(SourceRange location)
    {
        json.WriteString("file", Shown(location.File));
        json.WriteNumber("line", location.StartLine);
        json.WriteNumber("column", location.StartColumn);
    }

    private string Shown(string file) => DisplayPath.Of(file, context.BaseDirectory);

    /// <summary>Ends one JSON block: its writer must be flushed before raw markup goes to the stream, and reset for the next block.</summary>
    private void EndJson()
    {
        json.Flush();
        json.Reset(output);
    }

    private void Raw(string text) => output.Write(Encoding.UTF8.GetBytes(text));
}
