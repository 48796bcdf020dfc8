using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

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
    public void Write(LintReport report, TextWriter output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        var locations = new SarifLocations(context.SarifRoot ?? context.BaseDirectory);
        var all = report.Diagnostics.ToList();
        var kept = MostSevere(all);
        var rules = Descriptors(report, kept);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonReporter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, context);
            WriteInvocation(json, report, all, kept.Count, ruleIndex, locations);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SarifLocations.RootId);
            json.WriteString("uri", locations.RootUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("automationDetails");
            json.WriteString("id", string.IsNullOrEmpty(context.Category) ? DefaultCategory : context.Category);
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var fingerprints = new SarifFingerprint();
            foreach (var diagnostic in kept)
            {
                new SarifResultWriter(json, locations, FixEdits ?? context.FixEdits).Write(diagnostic, ruleIndex[diagnostic.RuleId], fingerprints);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    /// <summary>SARIF's <c>level</c> for a severity.</summary>
    internal static string Level(Severity severity) => severity.Name();

    private List<Diagnostic> MostSevere(List<Diagnostic> all)
    {
        if (all.Count <= MaxResults)
        {
            return all;
        }

        // Keep the most severe, then restore the report's order (file, line, column) among them.
        return all.Select((diagnostic, index) => (diagnostic, index))
            .OrderByDescending(p => p.diagnostic.Severity)
            .ThenBy(p => p.index)
            .Take(Math.Max(0, MaxResults))
            .OrderBy(p => p.index)
            .Select(p => p.diagnostic)
            .ToList();
    }

    private static List<SarifRuleDescriptor> Descriptors(LintReport report, IEnumerable<Diagnostic> results)
    {
        var rules = report.Rules.Select(SarifRuleDescriptor.For).ToList();
        var known = rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in results.Select(d => d.RuleId))
        {
            if (known.Add(id))
            {
                rules.Add(SarifRuleDescriptor.ForInput(id));
            }
        }

        return rules;
    }

    private static void WriteTool(Utf8JsonWriter json, List<SarifRuleDescriptor> rules, ReportContext context)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "statuslint");
        json.WriteString("version", context.ToolVersion);
        json.WriteString("semanticVersion", context.ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, SarifRuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteText(json, "shortDescription", rule.Summary);
        WriteText(json, "fullDescription", rule.Description);
        json.WriteStartObject("help");
        json.WriteString("text", rule.HelpMarkdown);
        json.WriteString("markdown", rule.HelpMarkdown);
        json.WriteEndObject();
        if (rule.HelpUri is not null)
        {
            json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Level));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        foreach (var tag in rule.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("precision", "very-high");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(
        Utf8JsonWriter json, LintReport report, List<Diagnostic> all, int keptCount, Dictionary<string, int> ruleIndex, SarifLocations locations)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.InputFailed);
        json.WriteStartArray("toolExecutionNotifications");

        // The same problems are results too; as notifications they say why the run failed.
        foreach (var problem in all.Where(IsInputFailure))
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteText(json, "message", SarifResultWriter.Sentence(problem.Message));
            json.WriteStartArray("locations");
            json.WriteStartObject();
            locations.WritePhysical(json, problem.Location);
            json.WriteEndObject();
            json.WriteEndArray();
            if (ruleIndex.TryGetValue(problem.RuleId, out var index))
            {
                json.WriteStartObject("associatedRule");
                json.WriteString("id", problem.RuleId);
                json.WriteNumber("index", index);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        if (keptCount < all.Count)
        {
            json.WriteStartObject();
            json.WriteString("level", "warning");
            WriteText(json, "message",
                $"statuslint found {all.Count} problems; only the {keptCount} most severe are in this file, since GitHub code scanning accepts at most {keptCount} results per run.");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static bool IsInputFailure(Diagnostic diagnostic) =>
        diagnostic.Severity == Severity.Error
        && diagnostic.RuleId is InputRuleIds.ParseError or InputRuleIds.NotOpenApi or InputRuleIds.UnresolvedReference;

    /// <summary>Writes a SARIF message or multiformat string object with only <c>text</c>.</summary>
    internal static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
