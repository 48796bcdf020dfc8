using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>A <c>$ref</c> to another file whose target was read into the document in its place.</summary>
/// <param name="Reference">The <c>$ref</c> text as written.</param>
/// <param name="Site">Where the <c>$ref</c> is written.</param>
/// <param name="TargetFile">The full path of the file it points into.</param>
/// <param name="TargetPointer">The pointer inside that file.</param>
public sealed record ExternalReference(string Reference, SourceRange Site, string TargetFile, string TargetPointer);
