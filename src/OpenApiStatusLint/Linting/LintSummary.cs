using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// What a run's summary line and exit code need, added up file by file, so that a run over many
/// files can forget each file's findings once they are written.
/// </summary>
public sealed class LintSummary
{
    private readonly int[] activeBySeverity = new int[3];

    /// <summary>How many documents were linted (the baseline file, which may carry notes, is not one).</summary>
    public int LintedFileCount { get; private set; }

    /// <summary>How many operations were checked.</summary>
    public int OperationCount { get; private set; }

    /// <summary>True when some input could not be read.</summary>
    public bool InputFailed { get; private set; }

    /// <summary>Findings silenced by <c>x-statuslint-ignore</c>.</summary>
    public int SuppressedCount { get; private set; }

    /// <summary>Findings already in the baseline.</summary>
    public int BaselinedCount { get; private set; }

    /// <summary>The summary of <paramref name="files"/>.</summary>
    public static LintSummary Of(IEnumerable<FileReport> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var summary = new LintSummary();
        foreach (var file in files)
        {
            summary.Add(file);
        }

        return summary;
    }

    /// <summary>Counts one file's findings and operations.</summary>
    public void Add(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        LintedFileCount += file.IsBaseline ? 0 : 1;
        OperationCount += file.OperationCount;
        InputFailed |= file.InputFailed;
        foreach (var diagnostic in file.Diagnostics)
        {
            if (diagnostic.IsActive)
            {
                activeBySeverity[(int)diagnostic.Severity]++;
            }
            else if (diagnostic.Suppression is not null)
            {
                SuppressedCount++;
            }
            else
            {
                BaselinedCount++;
            }
        }
    }

    /// <summary>The number of shown findings of a severity (suppressed and baselined ones are counted apart).</summary>
    public int Count(Severity severity) => activeBySeverity[(int)severity];

    /// <summary>
    /// The process exit code: 2 when an input could not be read, 1 when a finding is at or above
    /// <paramref name="failOn"/> (null means never), else 0.
    /// </summary>
    public int ExitCode(Severity? failOn)
    {
        if (InputFailed)
        {
            return 2;
        }

        return failOn is { } threshold && Enum.GetValues<Severity>().Any(severity => severity >= threshold && Count(severity) > 0) ? 1 : 0;
    }
}
