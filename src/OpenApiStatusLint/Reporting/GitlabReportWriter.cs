using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>Writes the <c>gitlab</c> format straight to its stream: the array's issues as each file comes.</summary>
internal sealed class GitlabReportWriter : IReportWriter
{
    private readonly Stream output;
    private readonly ReportContext context;
    private readonly Utf8JsonWriter json;
    private readonly SarifFingerprint fingerprints = new();

    public GitlabReportWriter(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = output;
        this.context = context;

        // GitLab's parser refuses a byte order mark; Utf8JsonWriter writes none.
        json = new Utf8JsonWriter(output, JsonReporter.WriterOptions);
        json.WriteStartArray();
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);

        // Suppressed and baselined findings are not shown, as in the terminal.
        foreach (var diagnostic in file.Diagnostics.Where(d => d.IsActive))
        {
            WriteIssue(diagnostic);
            if (json.BytesPending > JsonFlushing.Threshold)
            {
                json.Flush();
            }
        }
    }

    public void Finish(LintSummary summary)
    {
        json.WriteEndArray();
        json.Flush();
        output.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
        output.Flush();
    }

    public void Dispose() => json.Dispose();

    private void WriteIssue(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var path = DisplayPath.Of(location.File, context.BaseDirectory);
        json.WriteStartObject();
        json.WriteString("type", "issue");
        json.WriteString("description", diagnostic.Message);
        json.WriteString("check_name", diagnostic.RuleId);
        json.WriteString("fingerprint", fingerprints.Next(diagnostic.RuleId, path, diagnostic.Pointer, diagnostic.Message));
        json.WriteString("severity", GitlabReporter.Severity(diagnostic.Severity));
        json.WriteStartArray("categories");
        json.WriteStringValue("Bug Risk");
        json.WriteEndArray();
        json.WriteStartObject("location");
        json.WriteString("path", path);
        json.WriteStartObject("lines");
        json.WriteNumber("begin", location.StartLine);
        json.WriteNumber("end", Math.Max(location.StartLine, location.EndLine));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
