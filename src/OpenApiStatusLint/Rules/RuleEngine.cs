using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules;

/// <summary>Runs rules over a document's operations and turns what they find into located diagnostics.</summary>
public static class RuleEngine
{
    /// <summary>The findings of <paramref name="rules"/> on <paramref name="api"/>, in operation order.</summary>
    public static IReadOnlyList<Diagnostic> Run(ApiDescription api, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(api);
        var map = api.Document.SourceMap;
        var findings = new List<(Rule Rule, RuleFinding Finding, ApiOperation Operation)>();
        foreach (var operation in api.Operations)
        {
            // Packs overlap (http and required both want no body on 204); one place, one reason, one finding.
            var reported = new Dictionary<(string, Type, string?, string?), int>();
            foreach (var rule in rules)
            {
                if ((operation.Source != OperationSource.Path && !rule.AppliesToWebhooks)
                    || (rule.Scope == RuleScope.PathItem && !IsFirstOfPathItem(operation))
                    || !rule.Condition.Holds(operation))
                {
                    continue;
                }

                foreach (var finding in rule.Check.Check(operation))
                {
                    var key = (finding.Pointer, rule.Check.GetType(), finding.Arguments.GetValueOrDefault("code"), finding.Arguments.GetValueOrDefault("header"));
                    if (reported.TryGetValue(key, out var index))
                    {
                        var kept = findings[index];
                        if ((finding.Severity ?? rule.DefaultSeverity) > (kept.Finding.Severity ?? kept.Rule.DefaultSeverity))
                        {
                            findings[index] = (rule, finding, operation);
                        }

                        continue;
                    }

                    reported[key] = findings.Count;
                    findings.Add((rule, finding, operation));
                }
            }
        }

        var diagnostics = new List<Diagnostic>(findings.Count + api.ReferenceProblems.Count);
        foreach (var problem in api.ReferenceProblems)
        {
            var location = map.FindEntry(DocumentPointer.Append(problem.Pointer, "$ref"))?.ValueRange ?? map.Locate(problem.Pointer);
            diagnostics.Add(new Diagnostic(InputRuleIds.UnresolvedReference, Severity.Error, problem.Message, location, problem.Pointer));
        }

        diagnostics.AddRange(findings.Select(f => ToDiagnostic(f.Rule, f.Finding, f.Operation, map)));
        return diagnostics;
    }

    /// <summary>A path-item rule runs through the first operation of its path item only, so a resource with four methods gets its finding once.</summary>
    private static bool IsFirstOfPathItem(ApiOperation operation) =>
        operation.PathItemMethods.Count > 0 && operation.PathItemMethods[0] == operation.Method;

    private static Diagnostic ToDiagnostic(Rule rule, RuleFinding finding, ApiOperation operation, SourceMap map)
    {
        var message = rule.FormatMessage(finding.Arguments);
        if (finding.Detail is not null)
        {
            message += " " + finding.Detail;
        }

        var related = new List<RelatedLocation>();
        foreach (var pointer in finding.Related)
        {
            related.Add(new RelatedLocation(map.Locate(pointer), pointer, $"$ref target {pointer}"));
        }

        // The finding lands where the document refers to another file; the other file is where the content is.
        var location = map.Locate(finding.Pointer);
        if (map.ExternalReferences.TryGetValue(finding.Pointer, out var external))
        {
            related.Add(new RelatedLocation(location, finding.Pointer, $"$ref target {external.Reference}"));
            location = external.Site;
        }

        return new Diagnostic(rule.Id, finding.Severity ?? rule.DefaultSeverity, Named(message, finding, operation), location, finding.Pointer)
        {
            Related = related,
            Operation = operation.DisplayName,
            Shared = finding.Definition is null ? null : new SharedDefinition(finding.Definition, message),
            Properties = finding.Arguments,
            Fix = FixFor(rule, finding, operation),
        };
    }

    /// <summary>
    /// The message with the operation and response it is about in front (<c>GET /pets/{id} → 404: ...</c>),
    /// so that it reads on its own in any report, even one that gives only a line and a column.
    /// </summary>
    private static string Named(string message, RuleFinding finding, ApiOperation operation)
    {
        if (finding.Arguments.GetValueOrDefault("code") is { } code
            && operation.ResponsesByCode.TryGetValue(code, out var response) && response.Pointer == finding.Pointer)
        {
            return $"{operation.DisplayName} → {response.Code}: {message}";
        }

        var aboutOperation = finding.Pointer == operation.Pointer || finding.Pointer.StartsWith(operation.Pointer + "/", StringComparison.Ordinal);
        return aboutOperation && !message.Contains(operation.DisplayName, StringComparison.Ordinal) ? $"{operation.DisplayName}: {message}" : message;
    }

    private static SuggestedFix? FixFor(Rule rule, RuleFinding finding, ApiOperation operation)
    {
        if (!rule.Fixable || finding.FixCode is null)
        {
            return null;
        }

        return finding.FixHeader is null
            ? new SuggestedFix(FixKind.AddResponse, operation.Pointer, finding.FixCode, WithBody: rule.FixWithBody)
            : new SuggestedFix(FixKind.AddResponseHeader, finding.FixTarget ?? finding.Pointer, finding.FixCode, finding.FixHeader);
    }
}
