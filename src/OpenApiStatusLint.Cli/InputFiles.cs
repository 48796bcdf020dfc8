using OpenApiStatusLint.Cli.Discovery;

namespace OpenApiStatusLint.Cli;

/// <summary>Resolves the path arguments (<see cref="SpecFinder"/>), or finds the OpenAPI files below the current folder when there are none.</summary>
internal static class InputFiles
{
    /// <summary>
    /// The files to lint. False with <paramref name="error"/> for a usage mistake; true with
    /// <paramref name="noMatch"/> set when an argument found nothing (the reports are still written).
    /// </summary>
    public static bool TryResolve(string[] patterns, CliEnvironment environment, bool skipNonOpenApi, out IReadOnlyList<string> files, out string error, out string? noMatch)
    {
        files = [];
        error = string.Empty;
        noMatch = null;
        // A mistyped option is the paths argument's validation error (LintInputs), before this runs.
        if (patterns.Contains(SpecFinder.StandardInput) && patterns.Length > 1)
        {
            error = "'-' (standard input) is the only document of a run; lint the other files in another run";
            return false;
        }

        var found = SpecFinder.Find(patterns, environment.WorkingDirectory, skipNonOpenApi);
        if (found.Unmatched.Count > 0)
        {
            noMatch = patterns.Length == 0
                ? "no OpenAPI files found below the current folder (YAML or JSON files with a top-level 'openapi' or 'swagger' key; hidden folders, node_modules, bin, obj and what .gitignore ignores are skipped); name the files to lint"
                : $"no files match {string.Join(", ", found.Unmatched.Select(Describe))}";
            return true;
        }

        files = found.Files;
        return true;

        string Describe(string pattern) =>
            Directory.Exists(Path.GetFullPath(pattern, environment.WorkingDirectory)) ? $"'{pattern}' (a folder without OpenAPI files)" : $"'{pattern}'";
    }
}
