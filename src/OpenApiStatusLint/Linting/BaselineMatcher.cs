using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Applies a <see cref="Baseline"/> one file at a time, in the order the files were given: each
/// entry accepts one finding, the first that matches it. What no file matched is reported last,
/// by <see cref="StaleEntries(Severity?)"/>.
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

            var accepted = Accept(Baseline.EntryFor(diagnostic, directory));
            // Each use of a shared definition takes its own entry, whether or not the first matched.
            var acceptedUses = UseEntries(diagnostic).Count(Accept);
            return diagnostic with { Baseline = accepted || acceptedUses > 0 ? BaselineState.Unchanged : BaselineState.New };
        }).ToList();
        return file with { Diagnostics = marked };
    }

    private bool Accept(BaselineEntry entry) => remaining.TryGetValue(entry, out var queue) && queue.TryDequeue(out _);

    /// <summary>
    /// A finding on a shared definition used to be one finding per operation that uses it, keyed by
    /// where the operation declares the response; a baseline written then has an entry per use.
    /// Those entries still accept the one finding, and are used up by it rather than left stale.
    /// </summary>
    private IEnumerable<BaselineEntry> UseEntries(Diagnostic diagnostic)
    {
        if (diagnostic.Shared is not { } shared || diagnostic.Pointer != shared.Pointer || diagnostic.Related.Count == 0)
        {
            return [];
        }

        return diagnostic.Related
            .Where(use => use.Pointer is not null && use.Pointer != diagnostic.Pointer)
            .Select(use => new BaselineEntry(DisplayPath.Of(use.Location.File, directory), diagnostic.RuleId, use.Pointer!))
            .ToList();
    }

    /// <summary>The entries that matched nothing, as notes on the baseline file; null when every entry matched.</summary>
    public FileReport? StaleEntries() => StaleEntries(Severity.Note);

    /// <summary>
    /// The entries that matched nothing, as findings of <paramref name="severity"/> on the baseline
    /// file (the configuration's setting of <c>stale-baseline-entry</c>); null when every entry
    /// matched or when <paramref name="severity"/> is null (the rule is off).
    /// </summary>
    public FileReport? StaleEntries(Severity? severity)
    {
        if (severity is not { } level)
        {
            return null;
        }

        var stale = remaining.SelectMany(pair => pair.Value.Select(index => (Entry: pair.Key, Index: index))).OrderBy(pair => pair.Index).ToList();
        if (stale.Count == 0)
        {
            return null;
        }

        var notes = stale.Select(pair => new Diagnostic(
            MetaRuleIds.StaleBaselineEntry,
            level,
            $"baseline entry {pair.Entry.Rule} at {pair.Entry.File} {pair.Entry.Pointer} matches no finding any more; rewrite the baseline with --write-baseline to drop it",
            baseline.EntryLocations[pair.Index])).ToList();
        return new FileReport(baseline.Path, notes, false, []) { IsBaseline = true };
    }
}
