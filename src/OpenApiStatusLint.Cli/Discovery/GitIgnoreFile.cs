namespace OpenApiStatusLint.Cli.Discovery;

/// <summary>The rules of one <c>.gitignore</c>, which apply to the folder that holds it and below.</summary>
internal sealed class GitIgnoreFile(string folder, IReadOnlyList<GitIgnoreRule> rules)
{
    /// <summary>The folder the patterns are relative to.</summary>
    public string Folder { get; } = folder;

    /// <summary>
    /// What this file says of <paramref name="path"/>: true ignored, false re-included (a <c>!</c>
    /// line), null when no line matches. As in git, the last matching line decides.
    /// </summary>
    public bool? Decide(string path, bool isFolder)
    {
        var relative = Path.GetRelativePath(Folder, path).Replace('\\', '/');
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            if (rules[i].IsMatch(relative, isFolder))
            {
                return !rules[i].Negated;
            }
        }

        return null;
    }

    /// <summary>The <c>.gitignore</c> of <paramref name="folder"/>, or null when it has none (or it is not a regular file).</summary>
    public static GitIgnoreFile? In(string folder)
    {
        var file = Path.Combine(folder, ".gitignore");
        if (Loading.FileKinds.Of(file) != Loading.FileKind.Regular)
        {
            return null;
        }

        try
        {
            var rules = File.ReadLines(file).Select(GitIgnoreRule.Parse).OfType<GitIgnoreRule>().ToList();
            return rules.Count == 0 ? null : new GitIgnoreFile(folder, rules);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
