namespace OpenApiStatusLint.Model;

/// <summary>One parameter an operation takes, after following its <c>$ref</c>.</summary>
/// <param name="Name">The name as written (header names compare case-insensitively).</param>
/// <param name="Location">Where it is sent; null for an <c>in</c> this version does not know.</param>
/// <param name="Required">Whether the caller must send it.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="Pointer">Where the operation or path item lists it.</param>
public sealed record ApiParameter(string Name, ParameterLocation? Location, bool Required, string? Description, string Pointer);
