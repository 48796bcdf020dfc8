using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.OpenApi;
using OpenApiStatusLint.Reporting;

namespace OpenApiStatusLint.Fuzz;

/// <summary>
/// What the fuzzer runs on each input, and what the regression tests replay: the bytes as one
/// spec, through everything a user's spec meets — the loader, every rule pack (the
/// <c>openapi</c> pack too), every reporter, and the fixer (plan, apply, read the fixed text
/// again, lint it, diff and overlay). Any input may be refused with findings; what counts as a
/// crash is only what must never happen whatever the input: an exception that escapes, an
/// <c>internal-error</c> finding, a fix that removes a byte the user wrote, or a fixed text that
/// no longer reads.
/// </summary>
public static class FuzzTarget
{
    private static readonly LintOptions Options = new()
    {
        Packs = ["http", "required", "level3", "openapi"],
        DocumentChecks = [new OpenApiStructureCheck()],
        IncludeOutline = true,
        MaxParallelism = 1,
        // Every fixable finding's edits, planned one by one, as SARIF and the HTML report show them.
        AfterRules = new FixEdits().Attach,
    };

    private static readonly StatusLinter Linter = new(Options);

    private static readonly StatusFixer Fixer = new(Options) { IncludeNotes = true };

    private static readonly IReporter[] Reporters =
    [
        new StylishReporter(), new JsonReporter(), new SarifReporter(), new GithubReporter(), new JunitReporter(),
        new GitlabReporter(), new AzureReporter(), new MarkdownReporter(), new CheckstyleReporter(), new HtmlReporter(),
        new StatisticsReporter(),
    ];

    // An empty folder of its own, so that a relative $ref in the input finds nothing (and reads nothing of the machine).
    private static readonly string Folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"statuslint-fuzz-{Environment.ProcessId}")).FullName;

    private static readonly string Name = Path.Combine(Folder, "openapi.yaml");

    /// <summary>Runs <paramref name="input"/> through statuslint; throws <see cref="FuzzFailure"/> (or whatever escaped) on a crash.</summary>
    public static void Run(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = DocumentLoader.Load(Name, input, Options.Load);
        var report = Check(Linter.Lint(loaded));
        Report(report);
        if (loaded.Document is null || report.InputFailed)
        {
            return;
        }

        // What `statuslint fix` does: lint (again), plan, apply in memory; then the diff and the overlay.
        var fixReport = Fixer.Fix(loaded);
        Check(fixReport.Lint);
        _ = fixReport.Diff(Folder);
        _ = OverlayDocument.Create(fixReport.Result, "openapi.yaml");
        foreach (var change in fixReport.Result.Files)
        {
            if (FirstMissingByte(change.Original, change.Fixed) is var missing and >= 0)
            {
                throw new FuzzFailure($"the fix removed or changed original byte {missing} of {change.File}");
            }
        }

        if (fixReport.Result.Files.FirstOrDefault(change => change.File == loaded.File) is not { } root)
        {
            return;
        }

        var again = Check(Linter.Lint(DocumentLoader.Load(Name, root.Fixed, Options.Load)));
        if (again.InputFailed)
        {
            var inputProblems = new[] { InputRuleIds.ParseError, InputRuleIds.NotOpenApi, InputRuleIds.UnresolvedReference };
            var problem = again.Diagnostics.FirstOrDefault(d => inputProblems.Contains(d.RuleId)) ?? again.Diagnostics.First(d => d.Severity == Severity.Error);
            throw new FuzzFailure($"the fixed text no longer reads: {problem.RuleId}: {problem.Message}");
        }

        Report(again);
    }

    private static FileReport Check(FileReport report)
    {
        if (report.Diagnostics.FirstOrDefault(d => d.RuleId == InputRuleIds.InternalError) is { } internalError)
        {
            throw new FuzzFailure(internalError.Message + Environment.NewLine + report.InternalError);
        }

        return report;
    }

    private static void Report(FileReport file)
    {
        var report = new LintReport([file], Linter.Rules);
        var context = new ReportContext(Folder);
        foreach (var reporter in Reporters)
        {
            reporter.Write(report, TextWriter.Null, context);
        }

        new StylishReporter().Write(report, TextWriter.Null, context with { Color = true, Quiet = true });
    }

    // The offset of the first original byte that the fixed text does not hold in order, or -1.
    private static int FirstMissingByte(byte[] original, byte[] changed)
    {
        var i = 0;
        for (var j = 0; j < changed.Length && i < original.Length; j++)
        {
            if (changed[j] == original[i])
            {
                i++;
            }
        }

        return i == original.Length ? -1 : i;
    }
}
