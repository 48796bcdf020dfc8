namespace OpenApiStatusLint.Cli.Discovery;

/// <summary>What the path arguments came to.</summary>
/// <param name="Files">The files to lint, in argument order, each once (full paths; <c>-</c> for standard input).</param>
/// <param name="Unmatched">Arguments that found nothing: a glob that matched no file, a folder without specs.</param>
/// <param name="Skipped">Files named on the command line that are not OpenAPI and were skipped (<c>--skip-non-openapi</c>).</param>
internal sealed record FoundSpecs(IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched, IReadOnlyList<string> Skipped);
