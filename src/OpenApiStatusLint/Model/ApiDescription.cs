using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model;

/// <summary>A loaded document and the operations found in it.</summary>
/// <param name="Document">The document as loaded.</param>
/// <param name="Operations">Every operation under <c>paths</c> and <c>webhooks</c>, in document order.</param>
/// <param name="ReferenceProblems">Local <c>$ref</c>s (path items, parameters, request bodies, responses) that could not be followed: circular or dangling.</param>
public sealed record ApiDescription(LoadedDocument Document, IReadOnlyList<ApiOperation> Operations, IReadOnlyList<ReferenceProblem> ReferenceProblems);
