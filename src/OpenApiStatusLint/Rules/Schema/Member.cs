namespace OpenApiStatusLint.Rules.Schema;

/// <summary>One key of a mapping argument.</summary>
/// <param name="Name">The key.</param>
/// <param name="Schema">Its value's shape.</param>
/// <param name="Required">True when the key must be given.</param>
/// <param name="Doc">What it means, for the reference page.</param>
/// <param name="ReplacedBy">For an old spelling that still loads: the new one, named in a deprecation note.</param>
public sealed record Member(string Name, ArgumentSchema Schema, bool Required, string Doc, string? ReplacedBy = null);
