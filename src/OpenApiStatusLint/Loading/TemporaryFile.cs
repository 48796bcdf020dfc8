using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// The temporary file that statuslint writes beside a target before renaming it over the target
/// (<c>fix --write</c>, reports, baselines, overlays). Its name carries the writer's process id,
/// so that a later write can tell a temporary whose writer is gone — a process killed with
/// SIGKILL cannot clean up after itself — from one that another run is still writing.
/// </summary>
public static partial class TemporaryFile
{
    /// <summary>
    /// A new temporary name in the folder of <paramref name="target"/>:
    /// <c>.NAME.PID.RANDOM.statuslint.tmp</c>. The temporaries that runs no longer alive left in
    /// that folder are removed first.
    /// </summary>
    public static string Beside(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        RemoveAbandoned(folder);
        return Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.statuslint.tmp");
    }

    /// <summary>Deletes the statuslint temporaries in <paramref name="folder"/> whose process is no longer running.</summary>
    public static void RemoveAbandoned(string folder)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, ".*.statuslint.tmp"))
            {
                // Only names this class makes; anything else (an older statuslint's, a user's) is left alone.
                if (Name().Match(Path.GetFileName(file)) is { Success: true } match
                    && int.TryParse(match.Groups["pid"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && !IsRunning(pid))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary that cannot be removed now is removed by a later write, and
            // the write itself must not fail for it.
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return true;
        }
        catch (ArgumentException)
        {
            // GetProcessById's way of saying that no process has this id.
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,10})\.[0-9a-f]{32}\.statuslint\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
