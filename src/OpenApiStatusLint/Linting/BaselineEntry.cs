namespace OpenApiStatusLint.Linting;

/// <summary>One accepted finding: keyed by file, rule and JSON pointer, never by line, so it survives edits above it.</summary>
/// <param name="File">The file, relative to the baseline's folder, with <c>/</c>.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Pointer">The finding's pointer (the message stands in when it has none).</param>
public sealed record BaselineEntry(string File, string Rule, string Pointer);
