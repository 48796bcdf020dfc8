using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>What to check and how to read the inputs.</summary>
public sealed record LintOptions
{
    /// <summary>Pack names (<c>http</c>, <c>required</c>, <c>level3</c>, <c>recommended</c>); the default is <c>recommended</c>.</summary>
    public IReadOnlyList<string> Packs { get; init; } = ["recommended"];

    /// <summary>Limits for reading files.</summary>
    public LoadOptions Load { get; init; } = LoadOptions.Default;

    /// <summary>How many files to lint at once; the output order does not depend on it.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
