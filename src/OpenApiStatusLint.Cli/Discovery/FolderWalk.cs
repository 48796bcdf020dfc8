using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Cli.Discovery;

/// <summary>
/// The YAML and JSON files below a folder that could be specs: regular files only, and nothing in
/// hidden folders, <c>node_modules</c>, <c>bin</c>, <c>obj</c>, behind a symbolic link to a folder
/// (no loops), or ignored by a <c>.gitignore</c> (those of the folder and below, and of its parents
/// up to the repository root).
/// </summary>
internal static class FolderWalk
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj" };

    /// <summary>True for a name ending in <c>.yaml</c>, <c>.yml</c> or <c>.json</c> (any case).</summary>
    public static bool HasSpecExtension(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The candidate files below <paramref name="root"/>, sorted by path.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        AllFiles(root).Where(HasSpecExtension).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every regular file below <paramref name="root"/> that the skip rules leave, in no particular order.</summary>
    public static IEnumerable<string> AllFiles(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var pending = new Stack<(string Folder, IReadOnlyList<GitIgnoreFile> Ignores)>();
        pending.Push((root, WithOwn(ParentIgnores(root), root)));
        while (pending.Count > 0)
        {
            var (current, ignores) = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*", options))
            {
                if (!IsIgnored(ignores, file, isFolder: false) && FileKinds.Of(file) == FileKind.Regular)
                {
                    yield return file;
                }
            }

            foreach (var folder in Directory.EnumerateDirectories(current, "*", options))
            {
                var name = Path.GetFileName(folder);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name)
                    && (File.GetAttributes(folder) & FileAttributes.ReparsePoint) == 0
                    && !IsIgnored(ignores, folder, isFolder: true))
                {
                    pending.Push((folder, WithOwn(ignores, folder)));
                }
            }
        }
    }

    private static IReadOnlyList<GitIgnoreFile> WithOwn(IReadOnlyList<GitIgnoreFile> inherited, string folder) =>
        GitIgnoreFile.In(folder) is { } own ? [.. inherited, own] : inherited;

    // The deepest .gitignore that has a say decides, as in git.
    private static bool IsIgnored(IReadOnlyList<GitIgnoreFile> ignores, string path, bool isFolder)
    {
        for (var i = ignores.Count - 1; i >= 0; i--)
        {
            if (ignores[i].Decide(path, isFolder) is { } ignored)
            {
                return ignored;
            }
        }

        return false;
    }

    // The .gitignore files of the folders above root, up to the repository's root (the folder with .git);
    // none when root is not inside a repository.
    private static IReadOnlyList<GitIgnoreFile> ParentIgnores(string root)
    {
        if (IsRepositoryRoot(root))
        {
            return [];
        }

        var parents = new List<string>();
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(root)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            parents.Add(folder);
            if (IsRepositoryRoot(folder))
            {
                parents.Reverse();
                return parents.Select(GitIgnoreFile.In).OfType<GitIgnoreFile>().ToList();
            }
        }

        return [];
    }

    // .git is a folder in a clone and a file in a worktree or submodule.
    private static bool IsRepositoryRoot(string folder) =>
        Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"));
}
