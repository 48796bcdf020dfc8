namespace OpenApiStatusLint.Model;

/// <summary>What a caller sends to an operation, after the path item and the document are merged in.</summary>
/// <param name="Parameters">The effective parameters.</param>
/// <param name="RequestBody">The request body, if any.</param>
/// <param name="IsSecured">Whether the effective security names a scheme.</param>
internal sealed record OperationInputs(IReadOnlyList<ApiParameter> Parameters, ApiRequestBody? RequestBody, bool IsSecured);
