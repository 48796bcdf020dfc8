using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// What the linter takes from a configuration: which packs and rules run, at which severity,
/// where. Config's <c>StatusLintConfig</c> is one (read from a file); a library user may build
/// one directly, so that the linter never depends on how a config file is read.
/// </summary>
public record LintSettings
{
    /// <summary>The folder that relative globs and files are resolved against.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The packs to run (<c>extends</c>); empty means the command line's or <c>recommended</c>.</summary>
    public IReadOnlyList<string> Extends { get; init; } = [];

    /// <summary>Rule id → severity, or null for <c>off</c>.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Severity changes by file, path template and method, applied in order (later entries win).</summary>
    public IReadOnlyList<RuleOverride> Overrides { get; init; } = [];

    /// <summary>Level 3 profiles for path items that cannot carry <c>x-level3-profiles</c>.</summary>
    public IReadOnlyList<ProfileMapping> Profiles { get; init; } = [];

    /// <summary>The user's own rule packs (from <c>rulesFiles</c>), in the rules/ format.</summary>
    public IReadOnlyList<OpenApiStatusLint.Rules.RulePack> RulePacks { get; init; } = [];

    /// <summary>Whether the <c>required</c> and <c>level3</c> rules also ask codes of webhooks and callbacks (<c>webhooksAndCallbacks</c>, or its older name <c>webhooks</c>).</summary>
    public bool CheckWebhooks { get; init; }

    /// <summary>The profiles the settings give a path template, or an empty list.</summary>
    public IReadOnlyList<string> ProfilesFor(string path) =>
        Profiles.LastOrDefault(mapping => mapping.Path.IsMatch(path))?.Profiles ?? [];
}
