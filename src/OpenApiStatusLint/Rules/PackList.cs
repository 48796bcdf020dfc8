using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>A list, its items in order.</summary>
/// <param name="Items">The items.</param>
/// <param name="Range">Where the list is written.</param>
public sealed record PackList(IReadOnlyList<PackValue> Items, SourceRange Range) : PackValue(Range);
