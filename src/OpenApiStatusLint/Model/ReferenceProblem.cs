namespace OpenApiStatusLint.Model;

/// <summary>A local <c>$ref</c> that could not be followed.</summary>
/// <param name="Pointer">Where the <c>$ref</c> is.</param>
/// <param name="Message">Why it could not be followed.</param>
public sealed record ReferenceProblem(string Pointer, string Message);
