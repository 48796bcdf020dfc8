using Microsoft.OpenApi;

namespace OpenApiStatusLint.Model;

/// <summary>
/// One operation as the rules see it: what the path item and the document contribute is already
/// merged in (parameters, security), and responses are keyed by their status-code string.
/// </summary>
public sealed class ApiOperation
{
    internal ApiOperation(
        OperationSource source,
        string path,
        string method,
        string pointer,
        string? responsesPointer,
        OpenApiOperation operation,
        IReadOnlyList<IOpenApiParameter> parameters,
        IReadOnlyList<OpenApiSecurityRequirement> security,
        IReadOnlyList<ApiResponse> responses,
        IOpenApiPathItem pathItem,
        string pathItemPointer,
        IReadOnlyList<string> profiles)
    {
        Profiles = profiles;
        Source = source;
        Path = path;
        Method = method;
        Pointer = pointer;
        ResponsesPointer = responsesPointer;
        Operation = operation;
        Parameters = parameters;
        Security = security;
        Responses = responses;
        PathItem = pathItem;
        PathItemPointer = pathItemPointer;
        ResponsesByCode = responses.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Path or webhook.</summary>
    public OperationSource Source { get; }

    /// <summary>The path template (<c>/pets/{id}</c>) or, for a webhook, its name.</summary>
    public string Path { get; }

    /// <summary>The method in upper case: <c>GET</c>, <c>QUERY</c>, or an additional operation such as <c>COPY</c>.</summary>
    public string Method { get; }

    /// <summary>The operation's pointer: <c>#/paths/~1pets/get</c>.</summary>
    public string Pointer { get; }

    /// <summary>The pointer of its <c>responses</c> object, or null when it has none.</summary>
    public string? ResponsesPointer { get; }

    /// <summary>The Microsoft.OpenApi operation.</summary>
    public OpenApiOperation Operation { get; }

    /// <summary>The path item that holds the operation.</summary>
    public IOpenApiPathItem PathItem { get; }

    /// <summary>The path item's pointer.</summary>
    public string PathItemPointer { get; }

    /// <summary>The Level 3 profiles the path item declares in <c>x-level3-profiles</c>, as written.</summary>
    public IReadOnlyList<string> Profiles { get; }

    /// <summary>Path-item and operation parameters together; the operation's win on the same name and location.</summary>
    public IReadOnlyList<IOpenApiParameter> Parameters { get; }

    /// <summary>The security that applies: the operation's own, else the document's.</summary>
    public IReadOnlyList<OpenApiSecurityRequirement> Security { get; }

    /// <summary>True when a caller can present credentials: some alternative of the effective security names a scheme (<c>[]</c> and <c>[{}]</c> are unsecured).</summary>
    public bool IsSecured => Security.Any(requirement => requirement.Count > 0);

    /// <summary>The request body (a 2.0 <c>in: body</c> or <c>formData</c> parameter becomes one).</summary>
    public IOpenApiRequestBody? RequestBody => Operation.RequestBody;

    /// <summary>The responses in the order written.</summary>
    public IReadOnlyList<ApiResponse> Responses { get; }

    /// <summary>The responses by key, compared case-insensitively (<c>4xx</c> is <c>4XX</c>).</summary>
    public IReadOnlyDictionary<string, ApiResponse> ResponsesByCode { get; }

    /// <summary>A readable name: <c>GET /pets/{id}</c>, or <c>POST webhook newPet</c>.</summary>
    public string DisplayName => Source == OperationSource.Webhook ? $"{Method} webhook {Path}" : $"{Method} {Path}";

    /// <summary>True when the path has a template parameter such as <c>{id}</c>.</summary>
    public bool HasPathTemplate => Source == OperationSource.Path && Path.Contains('{');

    /// <summary>The parameter with this location and name (case-insensitive for headers), if any.</summary>
    public IOpenApiParameter? FindParameter(ParameterLocation location, string name) =>
        Parameters.FirstOrDefault(p => p.In == location && string.Equals(p.Name, name,
            location == ParameterLocation.Header ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
}
