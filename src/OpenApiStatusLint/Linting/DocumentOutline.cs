using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// What a report needs to know of a document besides its findings: its title and version and every
/// operation with the codes it declares. Made from the model while linting, so that reporters
/// (which read no file) can draw the operations against their status codes.
/// </summary>
/// <param name="Title">The API's <c>info.title</c>.</param>
/// <param name="Version">The API's <c>info.version</c>.</param>
/// <param name="Operations">Every operation, in document order.</param>
public sealed record DocumentOutline(string? Title, string? Version, IReadOnlyList<OperationOutline> Operations)
{
    /// <summary>The outline of a document's model.</summary>
    public static DocumentOutline Of(ApiDescription api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var map = api.Document.SourceMap;
        var operations = api.Operations.Select(operation => new OperationOutline(
            operation.DisplayName,
            operation.Source,
            operation.Path,
            operation.Method,
            operation.OperationId,
            operation.Tags,
            operation.Pointer,
            map.Locate(operation.Pointer),
            operation.Responses.Select(response => new DeclaredResponse(
                response.Code,
                response.Pointer,
                map.Locate(response.Pointer),
                response.ReferenceChain.Count > 0 ? response.ReferenceChain[^1] : null)).ToList())).ToList();
        return new DocumentOutline(api.Title, api.Version, operations);
    }
}
