using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>A scalar: its text as written and what kind of value it is.</summary>
/// <param name="Text">The text (numbers and booleans as written).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Range">Where it is written.</param>
public sealed record PackScalar(string Text, PackScalarKind Kind, SourceRange Range) : PackValue(Range);
