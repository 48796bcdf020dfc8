using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Attaches to each fixable finding the text edits that <c>statuslint fix</c> would make for it
/// alone (<see cref="Diagnostic.Edits"/>), from the document the finding was found in, so that
/// reporters (SARIF's <c>fixes</c>, the HTML report) only copy them. Each finding is planned on its
/// own, so a file with many fixable findings costs a plan each; past <see cref="MaxFixesPerFile"/>
/// the findings keep only the description of their fix.
/// </summary>
/// <param name="settings">What fixes insert (the config's <c>fix</c> section).</param>
public sealed class FixEdits(FixSettings? settings = null)
{
    private readonly FixSettings settings = settings ?? new FixSettings();

    /// <summary>Files with more fixable findings than this get no edits (planning each costs a pass over the file).</summary>
    public static int MaxFixesPerFile => 200;

    /// <summary>
    /// <paramref name="findings"/> of <paramref name="document"/>, the fixable ones that are not
    /// suppressed with their edits; fits <c>LintOptions.AfterRules</c>.
    /// </summary>
    public IReadOnlyList<Diagnostic> Attach(LoadedDocument document, IReadOnlyList<Diagnostic> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count(IsPlanned) > MaxFixesPerFile)
        {
            return findings;
        }

        return findings.Select(finding => IsPlanned(finding) ? finding with { Edits = EditsFor(document, finding.Fix!) } : finding).ToList();
    }

    private static bool IsPlanned(Diagnostic finding) => finding.Fix is not null && finding.IsActive;

    private IReadOnlyList<FixEdit> EditsFor(LoadedDocument document, SuggestedFix fix)
    {
        var result = FixEngine.Apply(document, [fix], settings);
        return result.Skipped.Count > 0
            ? []
            : result.Files.SelectMany(change => change.Insertions.Select(insertion =>
                new FixEdit(SourceRange.At(change.File, insertion.Line, insertion.Column), insertion.Text))).ToList();
    }
}
