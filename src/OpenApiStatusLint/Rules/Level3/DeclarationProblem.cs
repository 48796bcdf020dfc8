namespace OpenApiStatusLint.Rules.Level3;

/// <summary>A mistake in a path item's <c>x-level3-profiles</c>.</summary>
/// <param name="Pointer">The list, or the item at fault.</param>
/// <param name="Problem">What is wrong, worded to follow "x-level3-profiles".</param>
/// <param name="Profile">The name at fault, if one is.</param>
public sealed record DeclarationProblem(string Pointer, string Problem, string? Profile);
