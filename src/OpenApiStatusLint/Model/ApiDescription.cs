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

    private string? InfoText(string key) =>
        Document.Root["info"] is SourceObject info && info[key] is SourceScalar { Kind: not ScalarKind.Null } value ? value.Text : null;
}
