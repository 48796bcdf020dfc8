using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Cli;

/// <summary>Resolves the path arguments, or finds the conventional OpenAPI files when there are none.</summary>
internal static class InputFiles
{
    public static bool TryResolve(string[] patterns, CliEnvironment environment, out IReadOnlyList<string> files, out string error)
    {
        error = string.Empty;
        if (patterns.Length == 0)
        {
            files = FileDiscovery.Discover(environment.WorkingDirectory);
            if (files.Count == 0)
            {
                error = "no OpenAPI files found (looked for openapi.*, swagger.* and *.openapi.* below the current folder); name the files to lint";
                return false;
            }

            return true;
        }

        files = FileDiscovery.Expand(patterns, environment.WorkingDirectory, out var unmatched);
        if (unmatched.Count > 0)
        {
            error = $"no files match {string.Join(", ", unmatched.Select(pattern => $"'{pattern}'"))}";
            return false;
        }

        return true;
    }
}
