using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// The library's entry point: reads OpenAPI files, runs the selected rule packs and returns the
/// findings as objects. Nothing here writes to the console.
/// </summary>
public sealed class StatusLinter
{
    private readonly LintOptions options;

    /// <summary>Creates a linter; unknown pack names throw <see cref="ArgumentException"/>.</summary>
    public StatusLinter(LintOptions? options = null)
    {
        this.options = options ?? new LintOptions();
        Rules = RuleCatalog.Select(this.options.Packs);
    }

    /// <summary>The rules that run.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Lints several files in parallel; the reports come back in the order of <paramref name="files"/>.</summary>
    public LintReport LintFiles(IEnumerable<string> files)
    {
        var list = files.ToList();
        var reports = new FileReport[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) },
            index => reports[index] = LintFile(list[index]));
        return new LintReport(reports, Rules);
    }

    /// <summary>Lints one file.</summary>
    public FileReport LintFile(string file) => Lint(DocumentLoader.Load(file, options.Load));

    /// <summary>Lints a document already read (or failed to read) by <see cref="DocumentLoader"/>.</summary>
    public FileReport Lint(LoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        var operationCount = 0;
        if (loaded.Document is not null)
        {
            var api = ApiModelBuilder.Build(loaded.Document);
            operationCount = api.Operations.Count;
            diagnostics.AddRange(RuleEngine.Run(api, Rules));
        }

        var inputFailed = diagnostics.Any(d => d.Severity == Severity.Error && IsInputProblem(d.RuleId));
        var ordered = diagnostics
            .OrderBy(d => d.Location.File == loaded.File ? 0 : 1)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.StartLine)
            .ThenBy(d => d.Location.StartColumn)
            .ToList();
        return new FileReport(loaded.File, ordered, inputFailed, operationCount);
    }

    private static bool IsInputProblem(string ruleId) =>
        ruleId is InputRuleIds.ParseError or InputRuleIds.NotOpenApi or InputRuleIds.UnresolvedReference;
}
