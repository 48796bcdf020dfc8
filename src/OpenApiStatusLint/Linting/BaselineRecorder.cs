using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Collects what <c>--write-baseline</c> records while the files are linted one by one: per
/// finding only its file, rule and pointer, so that a large run does not keep its findings.
/// </summary>
public sealed class BaselineRecorder
{
    private readonly List<FileReport> files = [];

    /// <summary>Keeps what the baseline needs of <paramref name="file"/>'s findings.</summary>
    public void Add(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var kept = file.Diagnostics
            .Where(diagnostic => diagnostic.Suppression is null && diagnostic.RuleId != MetaRuleIds.StaleBaselineEntry)
            .Select(Compact)
            .ToList();
        if (kept.Count > 0)
        {
            files.Add(new FileReport(file.File, kept, file.InputFailed, []));
        }
    }

    /// <summary>Writes the collected findings as a baseline at <paramref name="path"/>; returns how many.</summary>
    public int Write(string path) => Baseline.Write(new LintReport(files, []), path);

    // A baseline entry is keyed by file, rule and pointer; the message stands in for a missing pointer.
    private static Diagnostic Compact(Diagnostic diagnostic) =>
        new(diagnostic.RuleId, diagnostic.Severity, diagnostic.Pointer is null ? diagnostic.Message : string.Empty, SourceRange.StartOf(diagnostic.Location.File), diagnostic.Pointer)
        {
            Properties = EmptyProperties,
        };

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();
}
