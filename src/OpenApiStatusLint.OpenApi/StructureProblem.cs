using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.OpenApi;

/// <summary>One thing Microsoft.OpenApi said about a document, before it is placed in the source.</summary>
/// <param name="Severity">Warning for errors, note for warnings.</param>
/// <param name="Message">The finding's message.</param>
/// <param name="Pointer">Where Microsoft.OpenApi says it is (a pointer into its 3.x model), or null when it names no place.</param>
/// <param name="ValidationRule">The name of the validation rule that reported it; null for the reader.</param>
internal sealed record StructureProblem(Severity Severity, string Message, string? Pointer, string? ValidationRule = null);
