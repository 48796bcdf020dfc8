namespace OpenApiStatusLint.Model;

/// <summary>What an extension holds, as text: numbers as written, booleans as <c>true</c> or <c>false</c>.</summary>
/// <param name="Values">A scalar's text (one item), a list's scalar items; empty for a mapping or null.</param>
/// <param name="IsList">True when the extension is written as a list.</param>
public sealed record ExtensionValue(IReadOnlyList<string> Values, bool IsList);
