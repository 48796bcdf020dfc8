using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Fixes;

/// <summary>A suggested fix that was not applied, and why.</summary>
/// <param name="Fix">The fix.</param>
/// <param name="Reason">Why it was left out, in one sentence.</param>
public sealed record SkippedFix(SuggestedFix Fix, string Reason);
