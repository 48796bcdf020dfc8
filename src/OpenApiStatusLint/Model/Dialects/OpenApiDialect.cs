using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model.Dialects;

/// <summary>
/// The one place that knows where an OpenAPI version keeps things: which path-item keys are
/// operations, which sections hold path items, where parameters, request bodies, response bodies
/// and headers are written, and where a fix puts shared responses and schemas. Everything else
/// asks the dialect of the document's version.
/// </summary>
public abstract class OpenApiDialect
{
    /// <summary>The dialect of a version.</summary>
    public static OpenApiDialect For(OpenApiVersion version) => version switch
    {
        OpenApiVersion.OpenApi2_0 => Swagger20Dialect.Instance,
        OpenApiVersion.OpenApi3_0 => OpenApi30Dialect.Instance,
        OpenApiVersion.OpenApi3_1 => OpenApi31Dialect.Instance,
        _ => OpenApi32Dialect.Instance,
    };

    /// <summary>The top-level sections whose members are path items: <c>paths</c>, and from 3.1 <c>webhooks</c>.</summary>
    public virtual IReadOnlyList<(string Section, OperationSource Source)> PathItemSections { get; } = [("paths", OperationSource.Path)];

    /// <summary>True when operations may declare <c>callbacks</c> (3.x), whose path items hold more operations.</summary>
    public virtual bool HasCallbacks => true;

    /// <summary>Where a fix creates shared responses: <c>#/components/responses</c>, or <c>#/responses</c> in 2.0.</summary>
    public virtual string SharedResponsesPointer => "#/components/responses";

    /// <summary>Where a fix creates shared schemas: <c>#/components/schemas</c>, or <c>#/definitions</c> in 2.0.</summary>
    public virtual string SharedSchemasPointer => "#/components/schemas";

    /// <summary>True when a response holds its <c>schema</c> and a header its type directly (2.0), not under <c>content</c> and <c>schema</c>.</summary>
    public virtual bool SchemaOnResponse => false;

    /// <summary>The path-item keys that are operations, in lower case.</summary>
    protected abstract IReadOnlySet<string> FixedMethods { get; }

    /// <summary>The operations a path item declares, in document order: the method in upper case, its pointer and its node.</summary>
    public virtual IEnumerable<(string Method, string Pointer, SourceObject Node)> Operations(SourceObject pathItem, string pathItemPointer)
    {
        foreach (var (key, value) in pathItem)
        {
            if (value is SourceObject operation && FixedMethods.Contains(key))
            {
                yield return (key.ToUpperInvariant(), DocumentPointer.Append(pathItemPointer, key), operation);
            }
        }
    }

    /// <summary>Where a parameter with this <c>in</c> is sent, or null when this version has no such location.</summary>
    public virtual ParameterLocation? LocationOf(string? location) => location switch
    {
        "query" => ParameterLocation.Query,
        "header" => ParameterLocation.Header,
        "path" => ParameterLocation.Path,
        "cookie" => ParameterLocation.Cookie,
        _ => null,
    };

    /// <summary>True for a parameter that is the request body (2.0 <c>in: body</c> and <c>formData</c>).</summary>
    public virtual bool IsBodyParameter(string? location) => false;

    /// <summary>The request body the operation declares itself (3.x <c>requestBody</c>); 2.0 has none besides its body parameters.</summary>
    public virtual ApiRequestBody? RequestBody(SourceObject operation, string operationPointer, LocalReferences references, Action<string, string> problem)
    {
        if (operation["requestBody"] is not { } node || node is SourceScalar { Kind: ScalarKind.Null })
        {
            return null;
        }

        var pointer = DocumentPointer.Append(operationPointer, "requestBody");
        var resolved = references.Follow(node, pointer);
        if (resolved.Problem is not null)
        {
            problem(pointer, resolved.Problem);
        }

        return new ApiRequestBody(pointer, resolved.Object?["required"] is SourceScalar { IsTrue: true });
    }

    /// <summary>The body of a response: its media types with their schemas.</summary>
    public virtual IReadOnlyList<ApiMediaType> Content(SourceObject response, string responsePointer, LocalReferences references)
    {
        if (response["content"] is not SourceObject content)
        {
            return [];
        }

        var contentPointer = DocumentPointer.Append(responsePointer, "content");
        var media = new List<ApiMediaType>(content.Count);
        foreach (var (name, value) in content)
        {
            var pointer = DocumentPointer.Append(contentPointer, name);
            var resolved = references.Follow(value, pointer);
            var schema = resolved.Object?["schema"] is { } node && node is not SourceScalar { Kind: ScalarKind.Null }
                ? Schemas.SchemaView.Of(node, DocumentPointer.Append(resolved.Pointer, "schema"), references)
                : null;
            media.Add(new ApiMediaType(name, schema));
        }

        return media;
    }
}
