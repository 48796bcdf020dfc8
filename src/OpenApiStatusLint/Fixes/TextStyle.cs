namespace OpenApiStatusLint.Fixes;

/// <summary>The habits of the file being edited, so that inserted text looks like its neighbours.</summary>
/// <param name="Unit">Spaces per indentation level.</param>
/// <param name="Newline">The line ending.</param>
/// <param name="Quote">The quote character for YAML strings that need quoting.</param>
/// <param name="CodeQuote">How YAML status-code keys are written: a quote character, or null for plain <c>401</c>.</param>
/// <param name="Compact">True for JSON written on one line, which gets no line breaks either.</param>
internal sealed record TextStyle(int Unit, string Newline, char Quote = '\'', char? CodeQuote = '\'', bool Compact = false);
