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
                    diagnostics.Add(ToDiagnostic(rule, finding, operation, map));
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
        };
    }
}
