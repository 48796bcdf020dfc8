using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.OpenApi;

/// <summary>
/// The <c>openapi</c> pack: what Microsoft.OpenApi's reader and its default validation rules say
/// about a document's structure, each at the line of the node it names. Off by default; add it to
/// <see cref="LintOptions.DocumentChecks"/> and name it (<c>--pack openapi</c>) to run it.
/// </summary>
public sealed class OpenApiStructureCheck : IDocumentCheck
{
    /// <summary>The pack name that turns the check on.</summary>
    public const string PackName = "openapi";

    /// <summary>The one rule id of the pack: errors are warnings, Microsoft.OpenApi's warnings are notes.</summary>
    public const string RuleId = "invalid-openapi";

    // Real specs chain two or three $refs; a chain this long is a generated or hostile file, and
    // would keep Microsoft.OpenApi busy for minutes (ReferenceChains).
    private const int MaxReferenceChain = 100;

    /// <inheritdoc />
    public string Pack => PackName;

    /// <inheritdoc />
    public IReadOnlyList<ToolRule> Rules { get; } =
    [
        new(RuleId, PackName, Severity.Warning,
            "The document's structure is valid OpenAPI.",
            "Microsoft.OpenApi rejected part of the document's structure, such as a field of the wrong type. statuslint checks what it could read.",
            Configurable: true),
    ];

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(LoadedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (ReferenceChains.FirstLongerThan(document.Root, MaxReferenceChain) is { } start)
        {
            var message = $"Microsoft.OpenApi was not run on this document: the $ref chain that starts here has more than {MaxReferenceChain} links "
                + "(its time grows with the square of a chain's length); the other packs checked the document";
            return [new Diagnostic(RuleId, Severity.Warning, message, document.SourceMap.Locate(start), start)];
        }

        var swagger2 = document.Root.ContainsKey("swagger");
        // A JSON tree of its own: Microsoft.OpenApi's reader keeps and may change what it is given.
        var tree = (System.Text.Json.Nodes.JsonObject)SourceNodeJson.ToJsonNode(document.Root)!;
        var problems = StructureReader.Read(tree, document.File)
            .Select(problem => problem with { Pointer = SourcePointer.From(problem.Pointer, swagger2) })
            .ToList();
        return problems.Select(problem => ToDiagnostic(document, problem)).ToList();
    }

    private static Diagnostic ToDiagnostic(LoadedDocument document, StructureProblem problem)
    {
        var location = problem.Pointer is null ? SourceRange.StartOf(document.File) : document.SourceMap.Locate(problem.Pointer);
        var properties = problem.ValidationRule is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["validationRule"] = problem.ValidationRule };
        return new Diagnostic(RuleId, problem.Severity, problem.Message, location, problem.Pointer) { Properties = properties };
    }
}
