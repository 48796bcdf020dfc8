using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>What to check and how to read the inputs.</summary>
public sealed record LintOptions
{
    /// <summary>
    /// Pack names (<c>http</c>, <c>required</c>, <c>level3</c>, <c>recommended</c>, or a pack from
    /// <see cref="LintSettings.RulePacks"/>). Empty means the settings' <c>extends</c>, else <c>recommended</c>.
    /// </summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    /// <summary>Severities, overrides, profiles, user packs: usually a config file's (<c>ConfigLoader</c>).</summary>
    public LintSettings Settings { get; init; } = new();

    /// <summary>Limits for reading files.</summary>
    public LoadOptions Load { get; init; } = LoadOptions.Default;

    /// <summary>
    /// Packs implemented in code that <see cref="Packs"/> (or the config's <c>extends</c>) may name,
    /// such as <c>openapi</c> from the <c>OpenApiStatusLint.OpenApi</c> package. A check runs only when its pack is named.
    /// </summary>
    public IReadOnlyList<IDocumentCheck> DocumentChecks { get; init; } = [];

    /// <summary>
    /// Whether each <see cref="FileReport"/> carries its <see cref="FileReport.Outline"/>: the
    /// operations and the codes they declare, which only the HTML report needs.
    /// </summary>
    public bool IncludeOutline { get; init; }

    /// <summary>
    /// How many files to lint at once; the output order does not depend on it. A large file is
    /// itself read and checked on up to one thread per core whatever this says (see the README).
    /// </summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Runs on each document that could be read, after the rules, with its findings; returns them
    /// with what it adds. The fix stage plugs in here to attach each finding's edits while the
    /// document is still in memory (<c>FixEdits.Attach</c>); null runs nothing. Linting knows no
    /// later stage by name.
    /// </summary>
    public Func<LoadedDocument, IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? AfterRules { get; init; }
}
