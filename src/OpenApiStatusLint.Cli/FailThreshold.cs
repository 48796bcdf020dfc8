using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Cli;

/// <summary>What <c>--fail-on</c> asks: the least severity that fails the run, or null for <c>none</c>.</summary>
/// <param name="Severity">The threshold; null when no finding fails the run.</param>
internal sealed record FailThreshold(Severity? Severity);
