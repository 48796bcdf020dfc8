using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Applies a <see cref="Baseline"/> one file at a time, in the order the files were given: each
/// entry accepts one finding, the first that matches it. What no file matched is reported last,
/// by <see cref="StaleEntries"/>.
/// </summary>
public sealed class BaselineMatcher
{
    private readonly Baseline baseline;
    private readonly string directory;
    private readonly Dictionary<BaselineEntry, Queue<int>> remaining;

    /// <summary>Starts matching against every entry of <paramref name="baseline"/>.</summary>
    public BaselineMatcher(Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        this.baseline = baseline;
        directory = Path.GetDirectoryName(baseline.Path)!;
        remaining = baseline.Entries.Select((entry, index) => (entry, index))
            .GroupBy(pair => pair.entry)
            .ToDictionary(group => group.Key, group => new Queue<int>(group.Select(pair => pair.index)));
    }

    /// <summary>
    /// Marks the findings of <paramref name="file"/> that the baseline accepts as
    /// <see cref="BaselineState.Unchanged"/> and the rest as <see cref="BaselineState.New"/>.
    /// </summary>
    public FileReport Mark(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var marked = file.Diagnostics.Select(diagnostic =>
        {
            if (diagnostic.Suppression is not null)
            {
                return diagnostic;
            }

            var accepted = remaining.TryGetValue(Baseline.EntryFor(diagnostic, directory), out var queue) && queue.TryDequeue(out _);
            return diagnostic with { Baseline = accepted ? BaselineState.Unchanged : BaselineState.New };
        }).ToList();
        return file with { Diagnostics = marked };
    }

    /// <summary>The entries that matched nothing, as notes on the baseline file; null when every entry matched.</summary>
    public FileReport? StaleEntries()
    {
        var stale = remaining.SelectMany(pair => pair.Value.Select(index => (Entry: pair.Key, Index: index))).OrderBy(pair => pair.Index).ToList();
        if (stale.Count == 0)
        {
            return null;
        }

        var notes = stale.Select(pair => new Diagnostic(
            MetaRuleIds.StaleBaselineEntry,
            Severity.Note,
            $"baseline entry {pair.Entry.Rule} at {pair.Entry.File} {pair.Entry.Pointer} matches no finding any more; rewrite the baseline with --write-baseline to drop it",
            SourceRange.At(baseline.Path, Baseline.FirstEntryLine + pair.Index, 5))).ToList();
        return new FileReport(baseline.Path, notes, false, []) { IsBaseline = true };
    }
}
