using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model;

/// <summary>A loaded document and the operations found in it.</summary>
/// <param name="Document">The document as loaded.</param>
/// <param name="Operations">Every operation under <c>paths</c> and <c>webhooks</c>, in document order.</param>
/// <param name="ReferenceProblems">Local <c>$ref</c>s (path items, parameters, request bodies, responses) that could not be followed: circular or dangling.</param>
public sealed record ApiDescription(LoadedDocument Document, IReadOnlyList<ApiOperation> Operations, IReadOnlyList<ReferenceProblem> ReferenceProblems)
{
    /// <summary>The API's <c>info.title</c>, when it has one (2.0 and 3.x keep it in the same place).</summary>
    public string? Title => InfoText("title");

    /// <summary>The API's <c>info.version</c>, as written (YAML may have read <c>1.0</c> as a number).</summary>
    public string? Version => InfoText("version");

    // Rules place their findings through these three, so that they need not know the source map.

    /// <summary>Where the node at <paramref name="pointer"/> is written (its key), or the start of the root file when the document has none there.</summary>
    public SourceRange Locate(string pointer) => Document.SourceMap.Locate(pointer);

    /// <summary>Where the node at <paramref name="pointer"/> names its target: the value of its <c>$ref</c>, or the node itself when it has none.</summary>
    public SourceRange LocateReference(string pointer) =>
        Document.SourceMap.FindEntry(DocumentPointer.Append(pointer, "$ref"))?.ValueRange ?? Locate(pointer);

    /// <summary>
    /// When the content at <paramref name="pointer"/> was read in from another file through a <c>$ref</c>:
    /// that <c>$ref</c> as written and where it is; otherwise null.
    /// </summary>
    public (string Reference, SourceRange Site)? ExternalReferenceAt(string pointer) =>
        Document.SourceMap.ExternalReferences.TryGetValue(pointer, out var external) ? (external.Reference, external.Site) : null;

    private string? InfoText(string key) =>
        Document.Root["info"] is SourceObject info && info[key] is SourceScalar { Kind: not ScalarKind.Null } value ? value.Text : null;
}
