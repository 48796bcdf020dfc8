using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>A rule pack that cannot be used, with where the problem is written.</summary>
public sealed class RulePackException(string message, SourceRange location) : Exception(message)
{
    /// <summary>Where in the pack file the problem is.</summary>
    public SourceRange Location { get; } = location;
}
