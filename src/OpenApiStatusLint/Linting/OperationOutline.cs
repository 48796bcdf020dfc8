using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Linting;

/// <summary>One operation and the codes it declares, as a report shows it (the HTML matrix's row).</summary>
/// <param name="Name">The display name findings use in <see cref="Diagnostic.Operation"/>: <c>GET /pets/{id}</c>.</param>
/// <param name="Source">Under <c>paths</c> or <c>webhooks</c>.</param>
/// <param name="Path">The path template or webhook name.</param>
/// <param name="Method">The method in upper case.</param>
/// <param name="OperationId">The <c>operationId</c>, when it has one.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Pointer">The operation's pointer.</param>
/// <param name="Location">The operation's place in the file.</param>
/// <param name="Responses">The response keys it declares, in the order written.</param>
public sealed record OperationOutline(
    string Name,
    OperationSource Source,
    string Path,
    string Method,
    string? OperationId,
    IReadOnlyList<string> Tags,
    string Pointer,
    SourceRange Location,
    IReadOnlyList<DeclaredResponse> Responses);
