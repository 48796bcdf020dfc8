namespace OpenApiStatusLint.Model;

/// <summary>The body an operation accepts: a 3.x <c>requestBody</c>, or a 2.0 <c>in: body</c> or <c>formData</c> parameter.</summary>
/// <param name="Pointer">Where the operation declares it.</param>
/// <param name="Required">Whether the caller must send it.</param>
public sealed record ApiRequestBody(string Pointer, bool Required);
