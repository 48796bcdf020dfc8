using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// Findings about a path item as a whole (its profile declaration, its set of methods) are
/// reported by its first operation only: the engine runs rules once per operation, and a resource
/// with four methods should not get the same finding four times.
/// </summary>
public static class PathItemOnce
{
    /// <summary>True when <paramref name="operation"/> is the first operation of its path item.</summary>
    public static bool IsReporter(ApiOperation operation) =>
        operation.PathItemMethods.Count > 0 && operation.PathItemMethods[0] == operation.Method;

    /// <summary>The methods the path item declares, in upper case.</summary>
    public static IReadOnlyList<string> Methods(ApiOperation operation) =>
        operation.PathItemMethods;
}
