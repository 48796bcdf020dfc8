using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules;

/// <summary>Runs rules over a document's operations and turns what they find into located diagnostics.</summary>
public static class RuleEngine
{
    // Operations per share when the rules run on several threads: a spec with fewer than twice as
    // many is checked on one (GitHub's 1,100 operations take about 50 ms; a share costs a task).
    private const int OperationsPerShare = 250;

    /// <summary>The findings of <paramref name="rules"/> on <paramref name="api"/>, in operation order.</summary>
    public static IReadOnlyList<Diagnostic> Run(ApiDescription api, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(api);
        return Run(api, rules, Math.Clamp(api.Operations.Count / OperationsPerShare, 1, Environment.ProcessorCount));
    }

    /// <summary>
    /// The findings, the operations cut into <paramref name="shares"/> runs of consecutive ones,
    /// checked side by side and joined in order: each operation's findings depend on it alone.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> Run(ApiDescription api, IReadOnlyList<Rule> rules, int shares)
    {
        var groups = MergeGroups(rules);
        var operations = api.Operations;
        var found = new List<Diagnostic>[shares];
        if (shares == 1)
        {
            found[0] = Check(api, rules, groups, 0, operations.Count);
        }
        else
        {
            Parallel.For(0, shares, share =>
                found[share] = Check(api, rules, groups, operations.Count * share / shares, operations.Count * (share + 1) / shares));
        }

        var diagnostics = new List<Diagnostic>(found.Sum(share => share.Count) + api.ReferenceProblems.Count);
        foreach (var problem in api.ReferenceProblems)
        {
            var location = api.LocateReference(problem.Pointer);
            diagnostics.Add(new Diagnostic(InputRuleIds.UnresolvedReference, Severity.Error, problem.Message, location, problem.Pointer));
        }

        foreach (var share in found)
        {
            diagnostics.AddRange(share);
        }

        return diagnostics;
    }

    /// <summary>The findings on the operations from <paramref name="start"/> up to <paramref name="end"/>, located.</summary>
    private static List<Diagnostic> Check(ApiDescription api, IReadOnlyList<Rule> rules, Dictionary<string, string> groups, int start, int end)
    {
        var findings = new List<(Rule Rule, RuleFinding Finding, ApiOperation Operation)>();
        for (var i = start; i < end; i++)
        {
            var operation = api.Operations[i];

            // Packs that say they overlap (http and required both want no body on 204): one place, one reason, one finding.
            var reported = new Dictionary<FindingKey, int>();
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
                    var key = new FindingKey(groups[rule.Pack], finding.Pointer, rule.Check.GetType(), finding.Code, finding.Header);
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

        var diagnostics = new List<Diagnostic>(findings.Count);
        foreach (var (rule, finding, operation) in findings)
        {
            diagnostics.Add(ToDiagnostic(rule, finding, operation, api));
        }

        return diagnostics;
    }

    /// <summary>A path-item rule runs through the first operation of its path item only, so a resource with four methods gets its finding once.</summary>
    private static bool IsFirstOfPathItem(ApiOperation operation) =>
        operation.PathItemMethods.Count > 0 && operation.PathItemMethods[0] == operation.Method;

    private static Diagnostic ToDiagnostic(Rule rule, RuleFinding finding, ApiOperation operation, ApiDescription api)
    {
        var arguments = finding.Arguments;
        var message = rule.FormatMessage(arguments);
        if (finding.Detail is not null)
        {
            message += " " + finding.Detail;
        }

        // Most findings have no related place: no list is made for them.
        List<RelatedLocation>? related = null;
        foreach (var pointer in finding.Related)
        {
            (related ??= []).Add(new RelatedLocation(api.Locate(pointer), pointer, $"$ref target {pointer}"));
        }

        // The finding lands where the document refers to another file; the other file is where the content is.
        var location = api.Locate(finding.Pointer);
        if (api.ExternalReferenceAt(finding.Pointer) is { } external)
        {
            (related ??= []).Add(new RelatedLocation(location, finding.Pointer, $"$ref target {external.Reference}"));
            location = external.Site;
        }

        return new Diagnostic(rule.Id, finding.Severity ?? rule.DefaultSeverity, Named(message, finding, operation), location, finding.Pointer)
        {
            Related = related is null ? Array.Empty<RelatedLocation>() : related,
            Operation = operation.DisplayName,
            Path = operation.Path,
            Method = operation.Method,
            Code = finding.Code,
            Shared = finding.Definition is null ? null : new SharedDefinition(finding.Definition, message),
            Properties = arguments,
            Fix = FixFor(rule, finding, operation),
        };
    }

    /// <summary>
    /// The message with the operation and response it is about in front (<c>GET /pets/{id} → 404: ...</c>),
    /// so that it reads on its own in any report, even one that gives only a line and a column.
    /// </summary>
    private static string Named(string message, RuleFinding finding, ApiOperation operation)
    {
        if (finding.Code is { } code
            && operation.ResponsesByCode.TryGetValue(code, out var response) && response.Pointer == finding.Pointer)
        {
            return $"{operation.DisplayName} → {response.Code}: {message}";
        }

        var pointer = finding.Pointer;
        var aboutOperation = pointer.StartsWith(operation.Pointer, StringComparison.Ordinal)
            && (pointer.Length == operation.Pointer.Length || pointer[operation.Pointer.Length] == '/');
        return aboutOperation && !message.Contains(operation.DisplayName, StringComparison.Ordinal) ? $"{operation.DisplayName}: {message}" : message;
    }

    private static SuggestedFix? FixFor(Rule rule, RuleFinding finding, ApiOperation operation)
    {
        return !rule.Fixable ? null : finding.Fix switch
        {
            FixRequest.AddResponse add => new SuggestedFix(FixKind.AddResponse, operation.Pointer, add.Code, WithBody: rule.FixWithBody),
            FixRequest.AddHeader add => new SuggestedFix(FixKind.AddResponseHeader, add.Target, add.Code, add.Header),
            _ => null,
        };
    }

    /// <summary>
    /// Each pack's de-duplication group: packs joined by <c>merge-with</c> share one, so their findings
    /// for the same place and reason are reported once; any other pack's findings stand on their own.
    /// </summary>
    private static Dictionary<string, string> MergeGroups(IReadOnlyList<Rule> rules)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string pack)
        {
            while (parent.TryGetValue(pack, out var up) && up != pack)
            {
                pack = up;
            }

            return pack;
        }

        foreach (var rule in rules)
        {
            parent.TryAdd(rule.Pack, rule.Pack);
            foreach (var other in rule.MergesWith)
            {
                parent.TryAdd(other, other);
                var (a, b) = (Find(rule.Pack), Find(other));
                if (a != b)
                {
                    // The lower name leads, so the group does not depend on the order of the packs.
                    parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
                }
            }
        }

        return parent.Keys.ToDictionary(pack => pack, Find, StringComparer.Ordinal);
    }
}
