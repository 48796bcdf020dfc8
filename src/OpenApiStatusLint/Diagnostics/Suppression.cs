namespace OpenApiStatusLint.Diagnostics;

/// <summary>Why a finding is not reported: an <c>x-statuslint-ignore</c> entry in the document.</summary>
/// <param name="Reason">The reason written next to the rule id, or null when none was given.</param>
/// <param name="Pointer">Where the <c>x-statuslint-ignore</c> entry is.</param>
public sealed record Suppression(string? Reason, string Pointer);
