namespace OpenApiStatusLint.Reporting;

/// <summary>Paths as output shows them: relative to a base folder when inside it, always with <c>/</c>.</summary>
public static class DisplayPath
{
    /// <summary>The path relative to <paramref name="baseDirectory"/> (or absolute when outside it), with forward slashes.</summary>
    public static string Of(string path, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        return shown.Replace('\\', '/');
    }
}
