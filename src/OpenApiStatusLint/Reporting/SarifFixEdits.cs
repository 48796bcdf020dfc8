using System.Runtime.CompilerServices;
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
    // Weak keys: a run that streams its reports registers every file, and a finding that the SARIF
    // log does not keep must not be kept alive here.
    private readonly ConditionalWeakTable<Diagnostic, string> rootFileOf = new();
    private readonly LoadOptions load;
    private readonly FixSettings settings;
    private (string File, LoadedDocument? Document)? lastDocument;

    /// <summary>Prepares edits for the fixable findings of <paramref name="report"/>.</summary>
    public SarifFixEdits(LintReport report, LoadOptions? load = null, FixSettings? settings = null)
        : this(load, settings)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var file in report.Files)
        {
            Register(file);
        }
    }

    /// <summary>Prepares edits for the findings of the files given to <see cref="Register"/>, one at a time.</summary>
    public SarifFixEdits(LoadOptions? load = null, FixSettings? settings = null)
    {
        this.load = load ?? LoadOptions.Default;
        this.settings = settings ?? new FixSettings();
    }

    /// <summary>Remembers which document the fixable findings of <paramref name="file"/> belong to.</summary>
    public void Register(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.InputFailed)
        {
            return;
        }

        var fixable = file.Diagnostics.Where(d => d.Fix is not null && d.IsActive).ToList();
        if (fixable.Count <= MaxFixesPerFile)
        {
            fixable.ForEach(diagnostic => rootFileOf.AddOrUpdate(diagnostic, file.File));
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

        // Results come file by file, so the last document read is the only one worth keeping.
        if (lastDocument is not { } last || last.File != rootFile)
        {
            lastDocument = last = (rootFile, DocumentLoader.Load(rootFile, load).Document);
        }

        var document = last.Document;

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
