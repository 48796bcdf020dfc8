namespace OpenApiStatusLint.Model;

/// <summary>One declared response of an operation, with any <c>$ref</c> already followed.</summary>
public sealed class ApiResponse
{
    internal ApiResponse(string code, string pointer, IReadOnlyList<string> referenceChain, bool isResolved, string? description, IReadOnlyList<string> headers, IReadOnlyList<ApiMediaType> content)
    {
        Code = code;
        Pointer = pointer;
        ReferenceChain = referenceChain;
        IsResolved = isResolved;
        Description = description;
        Headers = headers;
        Content = content;
    }

    /// <summary>The key as written: <c>200</c>, <c>4XX</c>, <c>default</c>.</summary>
    public string Code { get; }

    /// <summary>Where the operation declares it: <c>#/paths/~1pets/get/responses/200</c>.</summary>
    public string Pointer { get; }

    /// <summary>The pointer of each <c>$ref</c> target in turn, empty when declared inline.</summary>
    public IReadOnlyList<string> ReferenceChain { get; }

    /// <summary>Where the response's content is written: the last <c>$ref</c> target, or <see cref="Pointer"/> when declared inline.</summary>
    public string DefinitionPointer => ReferenceChain.Count > 0 ? ReferenceChain[^1] : Pointer;

    /// <summary>False when a <c>$ref</c> could not be followed: nothing is known of the response then.</summary>
    public bool IsResolved { get; }

    /// <summary>The response's description.</summary>
    public string? Description { get; }

    /// <summary>The header names the response declares, as written.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>
    /// Its content: the media types of a 3.x <c>content</c> map, or for 2.0 one entry holding the
    /// response's <c>schema</c> (none when it has no schema).
    /// </summary>
    public IReadOnlyList<ApiMediaType> Content { get; }

    /// <summary>True when the response has a body: a non-empty <c>content</c> in 3.x, a <c>schema</c> in 2.0.</summary>
    public bool HasBody => Content.Count > 0;

    /// <summary>True for a range key such as <c>4XX</c>.</summary>
    public bool IsRange => StatusCodes.IsRange(Code);

    /// <summary>True for <c>default</c>.</summary>
    public bool IsDefault => Code.Equals("default", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the response declares this header (names compare case-insensitively).</summary>
    public bool DeclaresHeader(string name) =>
        Headers.Any(key => key.Equals(name, StringComparison.OrdinalIgnoreCase));
}
