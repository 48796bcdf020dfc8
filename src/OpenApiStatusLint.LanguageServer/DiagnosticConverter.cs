using System.Collections.Concurrent;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.LanguageServer.Protocol;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>The library's findings in the protocol's terms: 0-based positions, LSP severities, the rule page.</summary>
public static class DiagnosticConverter
{
    /// <summary>The name editors show beside each finding.</summary>
    public const string Source = "statuslint";

    // One per rule, not one per finding: GitHub's spec has thousands of findings of a few rules.
    private static readonly ConcurrentDictionary<string, CodeDescription?> Pages = new(StringComparer.Ordinal);

    /// <summary>A finding as an LSP diagnostic; <paramref name="uriOf"/> names the file of each related location.</summary>
    public static LspDiagnostic ToLsp(Diagnostic diagnostic, Func<string, string> uriOf)
    {
        var related = diagnostic.Related
            .Select(place => new DiagnosticRelatedInformation(new LspLocation(uriOf(place.Location.File), RangeOf(place.Location)), place.Message))
            .ToList();
        return new LspDiagnostic(RangeOf(diagnostic.Location), SeverityOf(diagnostic.Severity), diagnostic.RuleId, Source, diagnostic.Message)
        {
            CodeDescription = Pages.GetOrAdd(diagnostic.RuleId, id => RuleDocumentation.For(id).Length > 0 ? new CodeDescription(RuleDocumentation.UriFor(id).AbsoluteUri) : null),
            RelatedInformation = related.Count > 0 ? related : null,
        };
    }

    /// <summary>A 1-based range (UTF-16 columns) as a 0-based LSP range.</summary>
    public static LspRange RangeOf(SourceRange range) =>
        new(new LspPosition(range.StartLine - 1, range.StartColumn - 1), new LspPosition(range.EndLine - 1, range.EndColumn - 1));

    /// <summary>Error 1, warning 2, note 3 (Information): a note is worth knowing, not a hint to hide.</summary>
    public static int SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        _ => 3,
    };
}
