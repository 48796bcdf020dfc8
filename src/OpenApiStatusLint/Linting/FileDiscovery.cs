
namespace OpenApiStatusLint.Linting;

/// <summary>
/// Turns command-line paths and globs into files. With no arguments it finds every
/// <c>openapi.*</c>, <c>swagger.*</c> and <c>*.openapi.*</c> YAML or JSON file below the folder,
/// skipping <c>node_modules</c>, <c>bin</c>, <c>obj</c> and hidden folders.
/// </summary>
public static class FileDiscovery
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj" };

    /// <summary>The files named by <paramref name="patterns"/>, in order and without repeats; <paramref name="unmatched"/> gets patterns that matched nothing.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> patterns, string baseDirectory, out IReadOnlyList<string> unmatched)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var pattern in patterns)
        {
            var matches = GlobPattern.IsGlob(pattern) ? Glob(pattern, baseDirectory) : Plain(pattern, baseDirectory);
            if (matches.Count == 0)
            {
                missing.Add(pattern);
            }

            files.AddRange(matches.Where(seen.Add));
        }

        unmatched = missing;
        return files;
    }

    /// <summary>The conventional OpenAPI files below <paramref name="baseDirectory"/>, sorted.</summary>
    public static IReadOnlyList<string> Discover(string baseDirectory) =>
        Walk(baseDirectory).Where(IsConventionalName).Order(StringComparer.Ordinal).ToList();

    /// <summary>True for <c>openapi.*</c>, <c>swagger.*</c> and <c>*.openapi.*</c> with a YAML or JSON extension.</summary>
    public static bool IsConventionalName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        var extension = Path.GetExtension(name);
        if (!Extensions.Contains(extension))
        {
            return false;
        }

        var stem = name[..^extension.Length];
        return stem is "openapi" or "swagger" || stem.EndsWith(".openapi", StringComparison.Ordinal);
    }

    private static List<string> Plain(string path, string baseDirectory)
    {
        var full = Path.GetFullPath(path, baseDirectory);
        if (Directory.Exists(full))
        {
            return Walk(full).Where(IsConventionalName).Order(StringComparer.Ordinal).ToList();
        }

        // A missing file is passed on so that it is reported like any unreadable input, with its name.
        return [full];
    }

    private static List<string> Glob(string pattern, string baseDirectory)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(segment => !GlobPattern.IsGlob(segment)).Count();
        var root = Path.GetFullPath(fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount)) is { Length: > 0 } prefix ? prefix : "/", baseDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var glob = new GlobPattern(string.Join('/', segments.Skip(fixedCount)));
        return Walk(root)
            .Where(file => glob.IsMatch(Path.GetRelativePath(root, file)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Walk(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*", options))
            {
                yield return file;
            }

            foreach (var folder in Directory.EnumerateDirectories(current, "*", options))
            {
                var name = Path.GetFileName(folder);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name) && (File.GetAttributes(folder) & FileAttributes.ReparsePoint) == 0)
                {
                    pending.Push(folder);
                }
            }
        }
    }
}
