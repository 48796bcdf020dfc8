namespace OpenApiStatusLint.Model;

/// <summary>
/// One operation as the rules see it: what the path item and the document contribute is already
/// merged in (parameters, security), and responses are keyed by their status-code string.
/// </summary>
public sealed class ApiOperation
{
    internal ApiOperation(ApiPathItem pathItem, string method, string pointer, string? responsesPointer, OperationInputs inputs, IReadOnlyList<ApiResponse> responses, OperationLabels labels, OperationExtensions extensions)
    {
        OperationId = labels.OperationId;
        Tags = labels.Tags;
        PathItem = pathItem;
        Extensions = extensions.Own;
        DocumentExtensions = extensions.Document;
        Method = method;
        Pointer = pointer;
        ResponsesPointer = responsesPointer;
        Parameters = inputs.Parameters;
        RequestBody = inputs.RequestBody;
        IsSecured = inputs.IsSecured;
        Responses = responses;
        var byCode = new Dictionary<string, ApiResponse>(responses.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var response in responses)
        {
            // The first of keys that differ only in case (4xx and 4XX) stands for them.
            byCode.TryAdd(response.Code, response);
        }

        ResponsesByCode = byCode;
        // Every finding's message starts with it: made once, not once per finding.
        DisplayName = Source switch
        {
            OperationSource.Webhook => $"{Method} webhook {Path}",
            OperationSource.Callback => $"{Method} callback {Path}",
            _ => $"{Method} {Path}",
        };
    }

    /// <summary>Path, webhook or callback.</summary>
    public OperationSource Source => PathItem.Source;

    /// <summary>The path template (<c>/pets/{id}</c>), a webhook's name, or a callback's expression (<c>{$request.body#/url}</c>).</summary>
    public string Path => PathItem.Path;

    /// <summary>The path item it belongs to, the same instance for every operation of that path item.</summary>
    public ApiPathItem PathItem { get; }

    /// <summary>The method in upper case: <c>GET</c>, <c>QUERY</c>, or an additional operation such as <c>COPY</c>.</summary>
    public string Method { get; }

    /// <summary>The operation's pointer: <c>#/paths/~1pets/get</c>.</summary>
    public string Pointer { get; }

    /// <summary>The <c>operationId</c>, when it has one.</summary>
    public string? OperationId { get; }

    /// <summary>Its <c>tags</c>, as written.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The pointer of its <c>responses</c> object, or null when it has none.</summary>
    public string? ResponsesPointer { get; }

    /// <summary>The path item's pointer.</summary>
    public string PathItemPointer => PathItem.Pointer;

    /// <summary>Every method the path item declares, in upper case and document order.</summary>
    public IReadOnlyList<string> PathItemMethods => PathItem.Methods;

    /// <summary>The Level 3 profiles the path item declares in <c>x-level3-profiles</c> (or the config gives its path), as written.</summary>
    public IReadOnlyList<string> Profiles => PathItem.Profiles;

    /// <summary>The operation's own <c>x-</c> members.</summary>
    public ApiExtensions Extensions { get; }

    /// <summary>The <c>x-</c> members of the document's root, shared by all its operations.</summary>
    public ApiExtensions DocumentExtensions { get; }

    /// <summary>Path-item and operation parameters together; the operation's win on the same name and location.</summary>
    public IReadOnlyList<ApiParameter> Parameters { get; }

    /// <summary>The request body, if the operation takes one.</summary>
    public ApiRequestBody? RequestBody { get; }

    /// <summary>True when a caller can present credentials: some alternative of the effective security (the operation's own, else the document's) names a scheme; <c>[]</c> and <c>[{}]</c> are unsecured.</summary>
    public bool IsSecured { get; }

    /// <summary>The responses in the order written.</summary>
    public IReadOnlyList<ApiResponse> Responses { get; }

    /// <summary>The responses by key, compared case-insensitively (<c>4xx</c> is <c>4XX</c>).</summary>
    public IReadOnlyDictionary<string, ApiResponse> ResponsesByCode { get; }

    /// <summary>A readable name: <c>GET /pets/{id}</c>, <c>POST webhook newPet</c>, or <c>POST callback {$request.body#/url}</c>.</summary>
    public string DisplayName { get; }

    /// <summary>True when the path has a template parameter such as <c>{id}</c>.</summary>
    public bool HasPathTemplate => Source == OperationSource.Path && Path.Contains('{');

    /// <summary>The parameter with this location and name (case-insensitive for headers), if any.</summary>
    public ApiParameter? FindParameter(ParameterLocation location, string name) =>
        Parameters.FirstOrDefault(p => p.Location == location && string.Equals(p.Name, name,
            location == ParameterLocation.Header ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
}
