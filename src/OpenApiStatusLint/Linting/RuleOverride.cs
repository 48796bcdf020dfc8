using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// One <c>overrides</c> entry: rule severities (or <c>off</c>) for findings in matching files,
/// path templates and methods. Absent criteria match everything.
/// </summary>
public sealed record RuleOverride
{
    /// <summary>File globs, relative to the config file's folder.</summary>
    public IReadOnlyList<GlobPattern> Files { get; init; } = [];

    /// <summary>Path-template globs such as <c>/internal/**</c>.</summary>
    public IReadOnlyList<GlobPattern> Paths { get; init; } = [];

    /// <summary>Methods, upper case.</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];

    /// <summary>Rule id → severity, or null for <c>off</c>.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>True when the entry applies to a finding in <paramref name="file"/> (relative) on <paramref name="path"/> and <paramref name="method"/>.</summary>
    public bool Applies(string file, string? path, string? method) =>
        (Files.Count == 0 || Files.Any(glob => glob.IsMatch(file)))
        && (Paths.Count == 0 || (path is not null && Paths.Any(glob => glob.IsMatch(path))))
        && (Methods.Count == 0 || (method is not null && Methods.Contains(method, StringComparer.OrdinalIgnoreCase)));
}
