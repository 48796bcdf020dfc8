namespace OpenApiStatusLint.Diagnostics;

/// <summary>Another place that explains a finding, such as the target of a <c>$ref</c>.</summary>
/// <param name="Location">Where it is.</param>
/// <param name="Pointer">The JSON pointer of that place in the document, when it has one.</param>
/// <param name="Message">What the place is.</param>
public sealed record RelatedLocation(SourceRange Location, string? Pointer, string Message);
