using System.Globalization;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The counts by rule as terminal lines, as ruff's <c>--statistics</c> shows them:
/// <c>count  severity  rule  [*]  page</c>, where <c>[*]</c> marks what <c>statuslint fix</c> repairs.
/// On a terminal the rule id itself links to the page (OSC 8), which keeps the lines short.
/// </summary>
internal static class RuleTable
{
    /// <summary>The marker of a rule that <c>statuslint fix</c> repairs.</summary>
    public const string FixableMark = "[*]";

    /// <summary>The legend line written under a table that has a fixable rule.</summary>
    public const string FixableLegend = "[*] statuslint fix --write inserts what these rules ask for";

    public static IEnumerable<string> Lines(IReadOnlyList<RuleCount> counts, AnsiStyle style)
    {
        if (counts.Count == 0)
        {
            yield break;
        }

        var countWidth = counts.Max(count => count.Count.ToString(CultureInfo.InvariantCulture).Length);
        var idWidth = counts.Max(count => count.RuleId.Length);
        foreach (var count in counts)
        {
            var number = count.Count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth);
            var severity = style.Severity(count.Severity, count.Severity.Name().PadRight(7));
            var mark = count.Fixable ? FixableMark : new string(' ', FixableMark.Length);
            var id = style.Link(VisibleText.Of(count.RuleId), count.Page) + new string(' ', idWidth - count.RuleId.Length);
            var page = count.Page is null || style.Enabled ? string.Empty : "  " + count.Page.AbsoluteUri;
            yield return $"  {number}  {severity}  {id}  {mark}{page}".TrimEnd();
        }

        if (counts.Any(count => count.Fixable))
        {
            yield return style.Dim(FixableLegend);
        }
    }
}
