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
        var diagnostics = new List<Diagnostic>();
        foreach (var problem in api.ReferenceProblems)
        {
            var location = map.FindEntry(DocumentPointer.Append(problem.Pointer, "$ref"))?.ValueRange ?? map.Locate(problem.Pointer);
            diagnostics.Add(new Diagnostic(InputRuleIds.UnresolvedReference, Severity.Error, problem.Message, location, problem.Pointer));
        }

        foreach (var operation in api.Operations)
        {
            // Packs overlap (http and required both want no body on 204); one place, one reason, one finding.
            var reported = new Dictionary<(string, Type, string?, string?), int>();
            foreach (var rule in rules)
            {
                if (operation.Source == OperationSource.Webhook && !rule.AppliesToWebhooks)
                {
                    continue;
                }

                if (!rule.Condition.Holds(operation))
                {
                    continue;
                }

                foreach (var finding in rule.Check.Check(operation))
                {
                    var diagnostic = ToDiagnostic(rule, finding, operation, map);
                    var key = (finding.Pointer, rule.Check.GetType(), finding.Arguments.GetValueOrDefault("code"), finding.Arguments.GetValueOrDefault("header"));
                    if (reported.TryGetValue(key, out var index))
                    {
                        if (diagnostic.Severity > diagnostics[index].Severity)
                        {
                            diagnostics[index] = diagnostic;
                        }

                        continue;
                    }

                    reported[key] = diagnostics.Count;
                    diagnostics.Add(diagnostic);
                }
            }
        }

        return diagnostics;
    }

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

        return new Diagnostic(rule.Id, finding.Severity ?? rule.DefaultSeverity, message, location, finding.Pointer)
        {
            Related = related,
            Operation = operation.DisplayName,
            Properties = finding.Arguments,
            Fix = FixFor(rule, finding, operation),
        };
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
