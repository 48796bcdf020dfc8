using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>One member of a <see cref="PackMapping"/>: its key, where the key is written, and its value.</summary>
/// <param name="Key">The key.</param>
/// <param name="KeyRange">Where the key is written (mistakes about the member itself, such as an unknown key, point here).</param>
/// <param name="Value">The value.</param>
public sealed record PackMember(string Key, SourceRange KeyRange, PackValue Value);
