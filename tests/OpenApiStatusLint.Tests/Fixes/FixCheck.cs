using OpenApiStatusLint.Fixes;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>What <see cref="FixInvariants.Check"/> found on one document.</summary>
/// <param name="Unreadable">
/// Why the original could not be read (statuslint exits 2 on it and fixes nothing), or null.
/// When set, nothing else was checked.
/// </param>
/// <param name="Result">What the fix changed; null when the original was unreadable.</param>
/// <param name="Violations">Each broken invariant as one readable line; empty when every invariant held.</param>
internal sealed record FixCheck(string? Unreadable, FixResult? Result, IReadOnlyList<string> Violations);
