using Microsoft.OpenApi;

namespace OpenApiStatusLint.Model;

/// <summary>One declared response of an operation, with any <c>$ref</c> already followed.</summary>
public sealed class ApiResponse
{
    internal ApiResponse(string code, IOpenApiResponse? resolved, string pointer, IReadOnlyList<string> referenceChain, bool bodyNeedsSchema)
    {
        Code = code;
        Resolved = resolved;
        Pointer = pointer;
        ReferenceChain = referenceChain;
        HasBody = resolved?.Content is { Count: > 0 } content
            && (!bodyNeedsSchema || content.Values.Any(media => media.Schema is not null));
    }

    /// <summary>The key as written: <c>200</c>, <c>4XX</c>, <c>default</c>.</summary>
    public string Code { get; }

    /// <summary>The response after following <c>$ref</c>s; null when a reference could not be followed.</summary>
    public IOpenApiResponse? Resolved { get; }

    /// <summary>Where the operation declares it: <c>#/paths/~1pets/get/responses/200</c>.</summary>
    public string Pointer { get; }

    /// <summary>The pointer of each <c>$ref</c> target in turn, empty when declared inline.</summary>
    public IReadOnlyList<string> ReferenceChain { get; }

    /// <summary>
    /// True when the response has content: a non-empty <c>content</c> map in 3.x, a <c>schema</c> in 2.0
    /// (Microsoft.OpenApi gives a 2.0 response without a schema a placeholder media type, which is not a body).
    /// </summary>
    public bool HasBody { get; }

    /// <summary>True for a range key such as <c>4XX</c>.</summary>
    public bool IsRange => StatusCodes.IsRange(Code);

    /// <summary>True for <c>default</c>.</summary>
    public bool IsDefault => Code.Equals("default", StringComparison.OrdinalIgnoreCase);

    /// <summary>The headers the response declares, by name (names compare case-insensitively).</summary>
    public bool DeclaresHeader(string name) =>
        Resolved?.Headers?.Keys.Any(key => key.Equals(name, StringComparison.OrdinalIgnoreCase)) == true;
}
