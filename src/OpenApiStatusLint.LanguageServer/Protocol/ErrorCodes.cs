namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
public static class ErrorCodes
{
    /// <summary>The message is not JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The message is JSON but not a request or notification (or comes after <c>shutdown</c>).</summary>
    public const int InvalidRequest = -32600;

    /// <summary>The server has no such method.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>The parameters do not have the shape the method needs.</summary>
    public const int InvalidParams = -32602;

    /// <summary>The server failed while answering.</summary>
    public const int InternalError = -32603;

    /// <summary>A request other than <c>initialize</c> came first.</summary>
    public const int ServerNotInitialized = -32002;
}
