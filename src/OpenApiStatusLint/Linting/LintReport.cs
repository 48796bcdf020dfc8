using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>The findings of one run over one or more files.</summary>
/// <param name="Files">One report per input file, in the order the files were given.</param>
/// <param name="Rules">The rules that ran (SARIF lists them all, with their help).</param>
public sealed record LintReport(IReadOnlyList<FileReport> Files, IReadOnlyList<Rules.Rule> Rules)
{
    /// <summary>Every finding of every file.</summary>
    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(file => file.Diagnostics);

    /// <summary>The counts that the summary and the exit code are made of.</summary>
    public LintSummary Summary => LintSummary.Of(Files);

    /// <summary>How many documents were linted (the baseline file, which may carry notes, is not one).</summary>
    public int LintedFileCount => Files.Count(file => !file.IsBaseline);

    /// <summary>True when some input could not be read.</summary>
    public bool InputFailed => Files.Any(file => file.InputFailed);

    /// <summary>
    /// The process exit code: 2 when an input could not be read, 1 when a finding is at or above
    /// <paramref name="failOn"/> (null means never), else 0.
    /// </summary>
    public int ExitCode(Severity? failOn) => Summary.ExitCode(failOn);

    /// <summary>The number of shown findings of a severity (suppressed and baselined ones are counted apart).</summary>
    public int Count(Severity severity) => Diagnostics.Count(d => d.IsActive && d.Severity == severity);

    /// <summary>Findings silenced by <c>x-statuslint-ignore</c>.</summary>
    public int SuppressedCount => Diagnostics.Count(d => d.Suppression is not null);

    /// <summary>Findings already in the baseline.</summary>
    public int BaselinedCount => Diagnostics.Count(d => d.Suppression is null && d.Baseline == BaselineState.Unchanged);
}
