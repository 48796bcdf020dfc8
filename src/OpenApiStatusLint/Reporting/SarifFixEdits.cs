using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The text edits of each fixable finding, for SARIF's <c>fixes</c>: what <c>statuslint fix</c>
/// would insert for that finding alone, as insertions at line and column. Each finding is planned
/// on its own, so a file with many fixable findings costs a plan each; past
/// <see cref="MaxFixesPerFile"/> the findings keep only the description of their fix.
/// </summary>
public sealed class SarifFixEdits
{
    private readonly Dictionary<Diagnostic, string> rootFileOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, LoadedDocument?> documents = new(StringComparer.Ordinal);
    private readonly LoadOptions load;
    private readonly FixSettings settings;

    /// <summary>Prepares edits for the fixable findings of <paramref name="report"/>.</summary>
    public SarifFixEdits(LintReport report, LoadOptions? load = null, FixSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        this.load = load ?? LoadOptions.Default;
        this.settings = settings ?? new FixSettings();
        foreach (var file in report.Files.Where(file => !file.InputFailed))
        {
            var fixable = file.Diagnostics.Where(d => d.Fix is not null && d.IsActive).ToList();
            if (fixable.Count <= MaxFixesPerFile)
            {
                fixable.ForEach(diagnostic => rootFileOf[diagnostic] = file.File);
            }
        }
    }

    /// <summary>Files with more fixable findings than this get no SARIF edits (planning each costs a pass over the file).</summary>
    public static int MaxFixesPerFile => 200;

    /// <summary>The insertions that fix <paramref name="diagnostic"/>, or none.</summary>
    public IEnumerable<SarifFixEdit> For(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Fix is null || !rootFileOf.TryGetValue(diagnostic, out var rootFile))
        {
            return [];
        }

        if (!documents.TryGetValue(rootFile, out var document))
        {
            document = documents[rootFile] = DocumentLoader.Load(rootFile, load).Document;
        }

        if (document is null)
        {
            return [];
        }

        var result = FixEngine.Apply(document, [diagnostic.Fix], settings);
        return result.Skipped.Count > 0
            ? []
            : result.Files.SelectMany(change => change.Insertions.Select(insertion =>
                new SarifFixEdit(change.File, insertion.Line, insertion.Column, insertion.Line, insertion.Column, insertion.Text))).ToList();
    }
}
