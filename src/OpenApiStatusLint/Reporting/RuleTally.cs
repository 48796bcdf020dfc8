using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Counts shown findings per rule and severity as the files come, for the summaries by rule
/// (<c>--statistics</c>, the end of a long stylish report, the Markdown table). Memory stays at one
/// entry per rule.
/// </summary>
internal sealed class RuleTally(IReadOnlyList<Rule> rules)
{
    private readonly Dictionary<string, bool> fixable = rules
        .GroupBy(rule => rule.Id, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Fixable, StringComparer.Ordinal);

    private readonly Dictionary<(string RuleId, Severity Severity), int> counts = [];

    /// <summary>How many shown findings were counted.</summary>
    public int Total { get; private set; }

    /// <summary>Counts the finding when it is shown (neither suppressed nor in the baseline).</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (!diagnostic.IsActive)
        {
            return;
        }

        var key = (diagnostic.RuleId, diagnostic.Severity);
        counts[key] = counts.GetValueOrDefault(key) + 1;
        Total++;
    }

    /// <summary>The counts, most findings first, then the more severe, then by rule id.</summary>
    public IReadOnlyList<RuleCount> Sorted() => counts
        .Select(pair => new RuleCount(
            pair.Key.RuleId,
            pair.Key.Severity,
            pair.Value,
            fixable.GetValueOrDefault(pair.Key.RuleId),
            string.IsNullOrWhiteSpace(RuleDocumentation.For(pair.Key.RuleId)) ? null : RuleDocumentation.UriFor(pair.Key.RuleId)))
        .OrderByDescending(count => count.Count)
        .ThenByDescending(count => count.Severity)
        .ThenBy(count => count.RuleId, StringComparer.Ordinal)
        .ToList();
}
