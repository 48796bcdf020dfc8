namespace OpenApiStatusLint.Diagnostics;

/// <summary>Paths as output shows them: relative to a base folder when inside it, always with <c>/</c>.</summary>
public static class DisplayPath
{
    // Reporters ask for the same file once per finding, thousands of times in a row; one remembered answer per thread saves the path arithmetic.
    [ThreadStatic]
    private static (string Path, string BaseDirectory, string Shown)? last;

    /// <summary>The path relative to <paramref name="baseDirectory"/> (or absolute when outside it), with forward slashes.</summary>
    public static string Of(string path, string baseDirectory)
    {
        if (last is { } remembered && ReferenceEquals(remembered.Path, path) && ReferenceEquals(remembered.BaseDirectory, baseDirectory))
        {
            return remembered.Shown;
        }

        var shown = Compute(path, baseDirectory);
        last = (path, baseDirectory, shown);
        return shown;
    }

    private static string Compute(string path, string baseDirectory)
    {
        // A remote document is named by its URL, which path arithmetic would mangle (http:/host).
        if (path.Contains("://", StringComparison.Ordinal))
        {
            return path;
        }

        var relative = Path.GetRelativePath(baseDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        return shown.Replace('\\', '/');
    }
}
