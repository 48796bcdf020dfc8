using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>One response key that an operation declares, as a report shows it.</summary>
/// <param name="Code">The key as written: <c>200</c>, <c>4XX</c>, <c>default</c>.</param>
/// <param name="Pointer">Where the operation declares it.</param>
/// <param name="Location">The key's place in the file.</param>
/// <param name="SharedPointer">The shared response it is a <c>$ref</c> to (the end of the chain), or null when declared inline.</param>
public sealed record DeclaredResponse(string Code, string Pointer, SourceRange Location, string? SharedPointer);
