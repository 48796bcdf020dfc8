using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace OpenApiStatusLint.Loading;

/// <summary>An OpenAPI document read from disk, with the position of every node.</summary>
public sealed class LoadedDocument
{
    internal LoadedDocument(string file, DocumentFormat format, OpenApiSpecVersion version, OpenApiDocument document, JsonObject root, SourceMap sourceMap)
    {
        File = file;
        Format = format;
        Version = version;
        Document = document;
        Root = root;
        SourceMap = sourceMap;
    }

    /// <summary>The full path of the root file.</summary>
    public string File { get; }

    /// <summary>JSON or YAML.</summary>
    public DocumentFormat Format { get; }

    /// <summary>The OpenAPI version the document declares.</summary>
    public OpenApiSpecVersion Version { get; }

    /// <summary>The document as Microsoft.OpenApi models it (2.0 documents are upgraded to its 3.x model).</summary>
    public OpenApiDocument Document { get; }

    /// <summary>The document's tree as written, with other files' <c>$ref</c>s already read in.</summary>
    public JsonObject Root { get; }

    /// <summary>Where every pointer is written.</summary>
    public SourceMap SourceMap { get; }
}
