using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>sarif</c> format: SARIF 2.1.0 with one run, shaped so that GitHub code scanning accepts
/// it (the Multitool's <c>Sarif;Ghas</c> rules pass; see <c>.ci/sarif-validate.sh</c>). Every rule
/// that ran is listed with its help; results point into files relative to <c>%SRCROOT%</c> and
/// carry line-independent fingerprints.
/// </summary>
public sealed class SarifReporter : IReporter
{
    /// <summary>GitHub code scanning keeps at most this many results per run.</summary>
    public const int DefaultMaxResults = 25_000;

    /// <summary>The URL of the SARIF 2.1.0 schema that code scanning recognises.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Where users find the tool.</summary>
    public const string InformationUri = "https://github.com/openapistatuslint/statuslint";

    /// <summary>The default <c>automationDetails.id</c> (GitHub's upload category).</summary>
    public const string DefaultCategory = "statuslint/";

    /// <summary>
    /// The extension point for the fix engine: the text edits that would fix a finding (empty when
    /// it cannot compute them). With edits, a result gets a SARIF <c>fixes</c> entry; without, only
    /// a description of the fix in the result's properties.
    /// </summary>
    public Func<Diagnostic, IEnumerable<SarifFixEdit>>? FixEdits { get; init; }

    /// <summary>How many results to keep; the most severe are kept and a notification says how many were dropped.</summary>
    public int MaxResults { get; init; } = DefaultMaxResults;

    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    /// <remarks>
    /// The log lists its rules and the run's notifications before the results, and keeps only the
    /// <see cref="MaxResults"/> most severe, so the results are held (at most that many) until the end.
    /// </remarks>
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SarifReportWriter(output, context, rules, FixEdits ?? context.FixEdits ?? SarifFixEdit.Of, MaxResults);
    }

    /// <summary>SARIF's <c>level</c> for a severity.</summary>
    internal static string Level(Severity severity) => severity.Name();

    /// <summary>Writes a SARIF message or multiformat string object with only <c>text</c>.</summary>
    internal static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
