using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Config;

/// <summary>A <c>.statuslint.yaml</c> file, read and checked.</summary>
public sealed record StatusLintConfig
{
    /// <summary>The config file's full path, or null for the built-in defaults.</summary>
    public string? Path { get; init; }

    /// <summary>The folder that relative globs and files are resolved against.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Globs of the files to lint when the command line names none.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The packs to run (<c>extends</c>); empty means the command line's or <c>recommended</c>.</summary>
    public IReadOnlyList<string> Extends { get; init; } = [];

    /// <summary>Rule id → severity, or null for <c>off</c>.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Severity changes by file, path template and method, applied in order (later entries win).</summary>
    public IReadOnlyList<RuleOverride> Overrides { get; init; } = [];

    /// <summary>Level 3 profiles for path items that cannot carry <c>x-level3-profiles</c>.</summary>
    public IReadOnlyList<ProfileMapping> Profiles { get; init; } = [];

    /// <summary>What fixes insert.</summary>
    public FixSettings Fix { get; init; } = new();

    /// <summary>The user's own rule packs (from <c>rulesFiles</c>), in the rules/ format.</summary>
    public IReadOnlyList<Rules.RulePack> RulePacks { get; init; } = [];

    /// <summary>Whether the <c>required</c> and <c>level3</c> rules also ask codes of webhooks and callbacks (<c>webhooksAndCallbacks</c>, or its older name <c>webhooks</c>).</summary>
    public bool CheckWebhooks { get; init; }

    /// <summary>No config file: every default.</summary>
    public static StatusLintConfig Default { get; } = new();

    /// <summary>The profiles the config gives a path template, or an empty list.</summary>
    public IReadOnlyList<string> ProfilesFor(string path) =>
        Profiles.LastOrDefault(mapping => mapping.Path.IsMatch(path))?.Profiles ?? [];
}
