using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.OpenApi;

/// <summary>
/// Runs Microsoft.OpenApi's reader and its default validation rules over a document tree and
/// returns what they say. Microsoft.OpenApi throws on some odd inputs; a throw becomes one problem,
/// so the caller always gets values.
/// </summary>
internal static class StructureReader
{
    /// <summary>The problems of <paramref name="root"/>, a tree of its own that the reader may keep and change.</summary>
    public static IReadOnlyList<StructureProblem> Read(JsonObject root, string file)
    {
        var clone = root;
        if (AllowsBooleanSchemas(clone))
        {
            BooleanSchemas.Normalize(clone);
        }

        var problems = new List<StructureProblem>();
        ReadResult result;
        try
        {
            // Validation runs below, walker by walker, so that a throw inside it can be placed where it happened.
            var settings = new OpenApiReaderSettings { RuleSet = ValidationRuleSet.GetEmptyRuleSet() };
            result = new OpenApiJsonReader().Read(clone, new Uri(file), settings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            problems.Add(new StructureProblem(Severity.Warning, CouldNotRead("read", exception), (exception as OpenApiException)?.Pointer));
            return problems;
        }

        problems.AddRange(result.Diagnostic?.Errors.Select(error => FromReader(Severity.Warning, error)) ?? []);
        problems.AddRange(result.Diagnostic?.Warnings.Select(warning => FromReader(Severity.Note, warning)) ?? []);
        if (result.Document is null)
        {
            if (problems.Count == 0)
            {
                problems.Add(new StructureProblem(Severity.Warning, "Microsoft.OpenApi could not read the document and gave no reason", null));
            }

            return problems;
        }

        var validator = new OpenApiValidator(ValidationRuleSet.GetDefaultRuleSet());
        try
        {
            new OpenApiWalker(validator).Walk(result.Document);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The walker's current pointer is where validation stopped: the honest place for the finding.
            problems.Add(new StructureProblem(Severity.Warning, CouldNotRead("validate", exception), validator.PathString));
        }

        problems.AddRange(validator.Errors.Select(error => FromValidator(Severity.Warning, error)));
        problems.AddRange(validator.Warnings.Select(warning => FromValidator(Severity.Note, warning)));
        return problems;
    }

    // JSON Schema boolean schemas are valid from OpenAPI 3.1; in 2.0 and 3.0 they stay as written, for Microsoft.OpenApi to judge.
    private static bool AllowsBooleanSchemas(JsonObject root) =>
        root["openapi"] is JsonValue version && !version.ToString().StartsWith("3.0", StringComparison.Ordinal);

    private static StructureProblem FromReader(Severity severity, OpenApiError error) =>
        new(severity, $"{error.Message} (Microsoft.OpenApi reader)", error.Pointer);

    private static StructureProblem FromValidator(Severity severity, OpenApiError error)
    {
        var rule = error switch
        {
            OpenApiValidatorError validatorError => validatorError.RuleName,
            OpenApiValidatorWarning validatorWarning => validatorWarning.RuleName,
            _ => null,
        };
        var message = string.IsNullOrEmpty(rule) ? error.Message : $"{error.Message} (Microsoft.OpenApi rule {rule})";
        return new StructureProblem(severity, message, error.Pointer, string.IsNullOrEmpty(rule) ? null : rule);
    }

    private static string CouldNotRead(string what, Exception exception) =>
        $"Microsoft.OpenApi could not {what} the document: it threw {exception.GetType().Name} ({exception.Message})";
}
