using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// A pack implemented in code rather than as a rules file: it looks at a whole loaded document
/// and reports located findings. The optional <c>OpenApiStatusLint.OpenApi</c> package provides
/// one (<c>openapi</c>: what Microsoft.OpenApi's reader and validation rules say), so that the
/// library itself depends on no Microsoft.OpenApi major.
/// </summary>
public interface IDocumentCheck
{
    /// <summary>The pack name that turns the check on (<c>--pack openapi</c>).</summary>
    string Pack { get; }

    /// <summary>The rules the check may report, described as an input rule is: listed by <c>statuslint rules</c>, and SARIF's rule descriptors.</summary>
    IReadOnlyList<ToolRule> Rules { get; }

    /// <summary>The rule ids the check may report, for suppressions.</summary>
    IReadOnlyList<string> RuleIds => Rules.Select(rule => rule.Id).ToList();

    /// <summary>The findings on <paramref name="document"/>; never throws for anything the input holds.</summary>
    IEnumerable<Diagnostic> Check(LoadedDocument document);
}
