using System.Text.Json;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// One token as <see cref="Utf8JsonReader"/> met it, placed by line and column: all the tree builder
/// needs of it, so that reading and building can run one after the other or on two threads.
/// </summary>
/// <param name="Type">What the token is.</param>
/// <param name="Span">
/// Where it is written; for the start of an object or array only its first character, for the end
/// only the place just past it (the builder joins the two).
/// </param>
/// <param name="ValueStart">Where a key's, a string's or a number's text starts (after a quote).</param>
/// <param name="ValueLength">The length in bytes of that text, as written.</param>
/// <param name="Unescaped">A key or string written with escapes, unescaped; the others are decoded by the builder.</param>
internal readonly record struct JsonToken(JsonTokenType Type, SourceSpan Span, int ValueStart, int ValueLength, string? Unescaped);
