using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>limit</c> most severe findings seen so far, earlier ones first among equals, in the order
/// they came. Each severity keeps its own list in arrival order, so dropping the least wanted
/// finding is taking the last of the mildest list; memory stays at <c>limit</c> findings.
/// </summary>
internal sealed class MostSevereResults(int limit)
{
    private readonly List<(long Order, Diagnostic Diagnostic)>[] bySeverity =
        Enum.GetValues<Severity>().Select(_ => new List<(long, Diagnostic)>()).ToArray();

    private long seen;
    private int kept;

    /// <summary>How many findings were offered.</summary>
    public long Seen => seen;

    public void Add(Diagnostic diagnostic)
    {
        bySeverity[(int)diagnostic.Severity].Add((seen++, diagnostic));
        if (++kept > Math.Max(0, limit))
        {
            var mildest = bySeverity.First(list => list.Count > 0);
            mildest.RemoveAt(mildest.Count - 1);
            kept--;
        }
    }

    /// <summary>The kept findings in the order they came.</summary>
    public List<Diagnostic> InOrder() =>
        bySeverity.SelectMany(list => list).OrderBy(pair => pair.Order).Select(pair => pair.Diagnostic).ToList();
}
