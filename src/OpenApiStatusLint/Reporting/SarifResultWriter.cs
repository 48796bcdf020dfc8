using System.Text.Json;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>Writes one SARIF <c>result</c>.</summary>
internal sealed class SarifResultWriter(Utf8JsonWriter json, SarifLocations locations, Func<Diagnostic, IEnumerable<SarifFixEdit>>? fixEdits)
{
    /// <summary>The property that describes a fix when no edits could be computed.</summary>
    public const string FixProperty = "statuslint/fix";

    // GitHub code scanning shows at most 100 locations of a result and rejects a result with more
    // than 1,000. A shared definition can be used by more operations than that; the message gives
    // their number and the JSON report lists them all.
    private const int MaxRelatedLocations = 100;

    public void Write(Diagnostic diagnostic, int ruleIndex, SarifFingerprint fingerprints)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SarifReporter.Level(diagnostic.Severity));
        SarifReporter.WriteText(json, "message", Sentence(diagnostic.Message));
        WriteLocations(diagnostic);
        WriteRelated(diagnostic.Related);
        WriteSuppression(diagnostic);
        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifFingerprint.Key, fingerprints.Next(diagnostic.RuleId, locations.Key(diagnostic.Location.File), diagnostic.Pointer, diagnostic.Message));
        json.WriteEndObject();
        var edits = diagnostic.Fix is null || fixEdits is null ? [] : fixEdits(diagnostic).ToList();
        if (edits.Count > 0)
        {
            WriteFix(diagnostic.Fix!, edits);
        }

        WriteProperties(diagnostic, edits.Count == 0);
        json.WriteEndObject();
    }

    /// <summary>Messages as the SARIF guidelines want them: one or more sentences ending in a period.</summary>
    public static string Sentence(string message)
    {
        var trimmed = message.TrimEnd();
        return trimmed.Length == 0 || trimmed.EndsWith('.') || trimmed.EndsWith('?') || trimmed.EndsWith('!') ? trimmed : trimmed + ".";
    }

    /// <summary>
    /// Suppressed and baselined findings stay in the log, marked, so that code scanning closes or
    /// keeps their alerts instead of seeing them disappear.
    /// </summary>
    private void WriteSuppression(Diagnostic diagnostic)
    {
        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (!string.IsNullOrWhiteSpace(suppression.Reason))
            {
                json.WriteString("justification", suppression.Reason);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (diagnostic.Baseline is { } baseline)
        {
            json.WriteString("baselineState", baseline == BaselineState.Unchanged ? "unchanged" : "new");
        }
    }

    private void WriteLocations(Diagnostic diagnostic)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        locations.WritePhysical(json, diagnostic.Location);
        if (diagnostic.Operation is not null || diagnostic.Pointer is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", diagnostic.Operation ?? diagnostic.Pointer);
            if (diagnostic.Pointer is not null)
            {
                json.WriteString("fullyQualifiedName", diagnostic.Pointer);
            }

            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteRelated(IReadOnlyList<RelatedLocation> related)
    {
        if (related.Count == 0)
        {
            return;
        }

        json.WriteStartArray("relatedLocations");
        for (var i = 0; i < Math.Min(related.Count, MaxRelatedLocations); i++)
        {
            json.WriteStartObject();
            json.WriteNumber("id", i + 1);
            locations.WritePhysical(json, related[i].Location);
            SarifReporter.WriteText(json, "message", Sentence(related[i].Message));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteFix(SuggestedFix fix, List<SarifFixEdit> edits)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        SarifReporter.WriteText(json, "description", Describe(fix));
        json.WriteStartArray("artifactChanges");
        foreach (var file in edits.GroupBy(edit => edit.File, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            locations.WriteArtifact(json, file.Key);
            json.WriteStartArray("replacements");
            foreach (var edit in file)
            {
                json.WriteStartObject();
                SarifLocations.WriteRegion(json, "deletedRegion", edit.StartLine, edit.StartColumn, edit.EndLine, edit.EndColumn, atLeastOneCharacter: false);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.InsertedText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteProperties(Diagnostic diagnostic, bool describeFix)
    {
        var fixText = describeFix && diagnostic.Fix is { } fix ? Describe(fix) : null;
        if (diagnostic.Pointer is null && fixText is null)
        {
            return;
        }

        json.WriteStartObject("properties");
        if (diagnostic.Pointer is not null)
        {
            json.WriteString("pointer", diagnostic.Pointer);
        }

        // SARIF's fix object requires artifactChanges, so a fix without computed edits is only described here.
        if (fixText is not null)
        {
            json.WriteString(FixProperty, fixText);
        }

        json.WriteEndObject();
    }

    /// <summary>What the fix does, in words.</summary>
    internal static string Describe(SuggestedFix fix) => fix.Kind switch
    {
        FixKind.AddResponseHeader => $"Add the {fix.Header} header to the {fix.Code} response at {fix.Pointer}.",
        _ => $"Add a {fix.Code} response{(fix.WithBody ? " with the standard error body" : " without a body")} to the operation at {fix.Pointer}.",
    };
}
