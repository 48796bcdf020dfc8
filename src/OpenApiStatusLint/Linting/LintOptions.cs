using OpenApiStatusLint.Config;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>What to check and how to read the inputs.</summary>
public sealed record LintOptions
{
    /// <summary>
    /// Pack names (<c>http</c>, <c>required</c>, <c>level3</c>, <c>recommended</c>, or a pack from
    /// <see cref="StatusLintConfig.RulePacks"/>). Empty means the config's <c>extends</c>, else <c>recommended</c>.
    /// </summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    /// <summary>The configuration: severities, overrides, profiles, user packs.</summary>
    public StatusLintConfig Config { get; init; } = StatusLintConfig.Default;

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

    /// <summary>How many files to lint at once; the output order does not depend on it.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
