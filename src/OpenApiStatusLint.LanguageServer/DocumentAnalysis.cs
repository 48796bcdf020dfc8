using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>One lint of one version of an open document's text.</summary>
/// <param name="Version">The editor's version of the text.</param>
/// <param name="IsOpenApi">False for YAML or JSON that is not an OpenAPI document: it gets no diagnostics.</param>
/// <param name="Content">The text as UTF-8, as it was linted; fixes are computed against it.</param>
/// <param name="Loaded">What the loader read.</param>
/// <param name="Linter">The linter that ran (its rules, with the config's severities).</param>
/// <param name="Config">The config that applied.</param>
/// <param name="Shown">The findings the editor shows: active, at or above the minimum severity.</param>
/// <param name="Dependencies">The files whose change changes this lint (the config and every <c>$ref</c>'d file), each with its <see cref="FileStamp"/> when it was read.</param>
public sealed record DocumentAnalysis(
    int Version,
    bool IsOpenApi,
    byte[] Content,
    LoadResult Loaded,
    StatusLinter Linter,
    StatusLintConfig Config,
    IReadOnlyList<Diagnostic> Shown,
    IReadOnlyDictionary<string, string> Dependencies)
{
    private ApiDescription? api;

    /// <summary>True when a file this lint read has changed on disk since (saving the document itself need not lint it again otherwise).</summary>
    public bool DependencyChanged() => Dependencies.Any(pair => FileStamp.Of(pair.Key) != pair.Value);

    /// <summary>The operations of the loaded document (built once, on the first hover), or null when it did not load.</summary>
    public ApiDescription? Api => Loaded.Document is { } document ? api ??= ApiModelBuilder.Build(document, Config.ProfilesFor) : null;
}
