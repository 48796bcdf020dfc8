using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Writes the <c>sarif</c> format. SARIF puts the rules (with the input-problem rules that the
/// results use) and the run's notifications (input failures, how many results were dropped) before
/// the results, so the writer keeps the <c>maxResults</c> most severe results and the input
/// failures until <see cref="Finish"/>, and nothing else of a file.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    private readonly Stream output;
    private readonly ReportContext context;
    private readonly IReadOnlyList<Rule> rules;
    private readonly Func<Diagnostic, IEnumerable<SarifFixEdit>>? fixEdits;
    private readonly MostSevereResults results;
    private readonly List<Diagnostic> inputFailures = [];

    public SarifReportWriter(Stream output, ReportContext context, IReadOnlyList<Rule> rules, Func<Diagnostic, IEnumerable<SarifFixEdit>>? fixEdits, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        this.output = output;
        this.context = context;
        this.rules = rules;
        this.fixEdits = fixEdits;
        results = new MostSevereResults(maxResults);
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        foreach (var diagnostic in file.Diagnostics)
        {
            results.Add(diagnostic);
            if (IsInputFailure(diagnostic))
            {
                inputFailures.Add(diagnostic);
            }
        }
    }

    public void Finish(LintSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var locations = new SarifLocations(context.SarifRoot ?? context.BaseDirectory);
        var kept = results.InOrder();
        var descriptors = Descriptors(kept);
        var ruleIndex = descriptors.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(output, JsonReporter.WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", SarifReporter.SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, descriptors);
        WriteInvocation(json, summary, kept.Count, ruleIndex, locations);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SarifLocations.RootId);
        json.WriteString("uri", locations.RootUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("automationDetails");
        json.WriteString("id", string.IsNullOrEmpty(context.Category) ? SarifReporter.DefaultCategory : context.Category);
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        var fingerprints = new SarifFingerprint();
        var resultWriter = new SarifResultWriter(json, locations, fixEdits);
        foreach (var diagnostic in kept)
        {
            resultWriter.Write(diagnostic, ruleIndex[diagnostic.RuleId], fingerprints);
            if (json.BytesPending > JsonFlushing.Threshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
        output.Flush();
    }

    public void Dispose()
    {
    }

    private List<SarifRuleDescriptor> Descriptors(IEnumerable<Diagnostic> kept)
    {
        var descriptors = rules.Select(SarifRuleDescriptor.For).ToList();
        var known = descriptors.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in kept.Select(d => d.RuleId))
        {
            if (known.Add(id))
            {
                descriptors.Add(SarifRuleDescriptor.ForInput(id, context.DocumentCheckRules));
            }
        }

        return descriptors;
    }

    private void WriteTool(Utf8JsonWriter json, List<SarifRuleDescriptor> descriptors)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "statuslint");
        json.WriteString("version", context.ToolVersion);
        json.WriteString("semanticVersion", context.ToolVersion);
        json.WriteString("informationUri", SarifReporter.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in descriptors)
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
        SarifReporter.WriteText(json, "shortDescription", rule.Summary);
        SarifReporter.WriteText(json, "fullDescription", rule.Description);
        json.WriteStartObject("help");
        json.WriteString("text", rule.HelpMarkdown);
        json.WriteString("markdown", rule.HelpMarkdown);
        json.WriteEndObject();
        if (rule.HelpUri is not null)
        {
            json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifReporter.Level(rule.Level));
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

    private void WriteInvocation(Utf8JsonWriter json, LintSummary summary, int keptCount, Dictionary<string, int> ruleIndex, SarifLocations locations)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !summary.InputFailed && context.RunProblems.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in context.RunProblems)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            SarifReporter.WriteText(json, "message", SarifResultWriter.Sentence(problem));
            json.WriteEndObject();
        }

        // The same problems are results too; as notifications they say why the run failed.
        foreach (var problem in inputFailures)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            SarifReporter.WriteText(json, "message", SarifResultWriter.Sentence(problem.Message));
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

        if (keptCount < results.Seen)
        {
            json.WriteStartObject();
            json.WriteString("level", "warning");
            SarifReporter.WriteText(json, "message",
                $"statuslint found {results.Seen} problems; only the {keptCount} most severe are in this file, since GitHub code scanning accepts at most {keptCount} results per run.");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static bool IsInputFailure(Diagnostic diagnostic) =>
        diagnostic.Severity == Severity.Error
        && diagnostic.RuleId is InputRuleIds.ParseError or InputRuleIds.NotOpenApi or InputRuleIds.UnresolvedReference;
}
