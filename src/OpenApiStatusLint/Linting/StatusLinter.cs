using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// The library's entry point: reads OpenAPI files, runs the selected rule packs with the
/// configuration's severities, overrides and suppressions, and returns the findings as objects.
/// Nothing here writes to the console.
/// </summary>
public sealed class StatusLinter
{
    // Enough look-ahead that a worker rarely waits for a big file at the head of the window, few
    // enough that the reports held back stay a small part of the memory.
    private const int LookAheadPerWorker = 16;

    // A file this large takes a worker for seconds (APIs.guru's Microsoft Graph, 47 MB: about 15 s);
    // started early, it runs beside the small ones instead of holding up the window at its turn.
    private const long BigFileBytes = 4L * 1024 * 1024;

    private readonly LintOptions options;
    private readonly LoadOptions load;
    private readonly Lazy<HashSet<string>> knownRuleIds;
    private readonly IReadOnlyList<IDocumentCheck> documentChecks;

    /// <summary>Creates a linter; unknown pack names throw <see cref="ArgumentException"/> (<see cref="ProblemWith"/> tells beforehand).</summary>
    public StatusLinter(LintOptions? options = null)
    {
        this.options = options ?? new LintOptions();
        if (ProblemWith(this.options) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        // Only the fix edits of AfterRules read the file's bytes after parsing; without them the
        // bytes go as soon as the tree is built.
        load = this.options.Load with { KeepContent = this.options.AfterRules is not null };

        var packs = PackNames(this.options);
        documentChecks = this.options.DocumentChecks
            .Where(check => packs.Contains(check.Pack, StringComparer.OrdinalIgnoreCase)).ToList();
        Rules = SelectRules(this.options, packs.Where(pack => !IsDocumentCheckPack(pack)));
        // Every pack's rule ids, on or off, are needed only to judge a suppression that silences nothing.
        knownRuleIds = new(() => RuleCatalog.All.Concat(this.options.Settings.RulePacks)
            .SelectMany(pack => pack.Rules).Select(rule => rule.Id)
            .Concat(this.options.DocumentChecks.SelectMany(check => check.RuleIds))
            .ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The rules that run, with the configuration's severities.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Lints several files in parallel; the reports come back in the order of <paramref name="files"/>.</summary>
    public LintReport LintFiles(IEnumerable<string> files)
    {
        var reports = new List<FileReport>();
        LintFiles(files, reports.Add);
        return new LintReport(reports, Rules);
    }

    /// <summary>
    /// Lints several files in parallel and hands each report to <paramref name="onReport"/> on the
    /// calling thread, in the order of <paramref name="files"/>, as soon as it and those before it
    /// are done. Only a few reports per worker wait for their turn, so memory does not grow with
    /// the number of files as long as <paramref name="onReport"/> keeps only what it needs.
    /// </summary>
    public void LintFiles(IEnumerable<string> files, Action<FileReport> onReport)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(onReport);
        var list = files.ToList();
        var workers = Math.Max(1, options.MaxParallelism);
        InOrderParallel<FileReport>.Run(
            list.Select(SizeOf).ToArray(),
            index => LintFile(list[index]),
            onReport,
            workers,
            workers * LookAheadPerWorker,
            BigFileBytes);
    }

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Lints one file. A failure of statuslint itself on this file (a bug, never the user's input)
    /// becomes an <c>internal-error</c> finding for the file, so the other files of a run still get
    /// their reports.
    /// </summary>
    public FileReport LintFile(string file)
    {
        try
        {
            return Lint(DocumentLoader.Load(file, load));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return InternalErrorReport.For(file, exception);
        }
    }

    /// <summary>
    /// Lints a document held in a stream (JSON or YAML). <paramref name="name"/> stands for its path
    /// in findings and is the base for relative <c>$ref</c>s.
    /// </summary>
    public FileReport Lint(Stream content, string name = "openapi.json")
    {
        ArgumentNullException.ThrowIfNull(content);
        return Lint(DocumentLoader.Load(name, content, load));
    }

    /// <summary>Lints a document already read (or failed to read) by <see cref="DocumentLoader"/>.</summary>
    public FileReport Lint(LoadResult loaded) => Lint(loaded, modelBuilt: null);

    /// <summary>Lints, handing the model it builds to <paramref name="modelBuilt"/>: fix plans from it rather than building it again.</summary>
    internal FileReport Lint(LoadResult loaded, Action<ApiDescription>? modelBuilt)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        IReadOnlyList<string> operations = [];
        DocumentOutline? outline = null;
        if (loaded.Document is not null)
        {
            var api = ApiModelBuilder.Build(loaded.Document, options.Settings.ProfilesFor);
            modelBuilt?.Invoke(api);
            operations = api.Operations.Select(operation => operation.DisplayName).ToList();
            outline = options.IncludeOutline ? DocumentOutline.Of(api) : null;
            var findings = RuleEngine.Run(api, Rules).Concat(RunDocumentChecks(loaded.Document)).ToList();
            var suppressed = InlineSuppressions.Apply(loaded.Document, ApplyOverrides(findings), () => knownRuleIds.Value);
            var configured = ConfigureMetaFindings(SharedDefinitionFindings.Merge(suppressed, loaded.Document.SourceMap)).ToList();
            diagnostics.AddRange(options.AfterRules is { } afterRules ? afterRules(loaded.Document, configured) : configured);
        }

        var inputFailed = diagnostics.Any(d => d.Severity == Severity.Error && IsInputProblem(d.RuleId));
        var ordered = diagnostics
            .OrderBy(d => d.Location.File == loaded.File ? 0 : 1)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.StartLine)
            .ThenBy(d => d.Location.StartColumn)
            .ToList();
        return new FileReport(loaded.File, ordered, inputFailed, operations) { ReadFiles = loaded.Document?.Files ?? [loaded.File], Outline = outline };
    }

    private IReadOnlyList<Diagnostic> ApplyOverrides(IReadOnlyList<Diagnostic> findings)
    {
        var overrides = options.Settings.Overrides;
        if (overrides.Count == 0)
        {
            return findings;
        }

        var result = new List<Diagnostic>(findings.Count);
        foreach (var finding in findings)
        {
            var file = DisplayPath.Of(finding.Location.File, options.Settings.BaseDirectory);
            Severity? severity = finding.Severity;
            foreach (var entry in overrides)
            {
                if (entry.Rules.TryGetValue(finding.RuleId, out var setting) && entry.Applies(file, finding.Path, finding.Method))
                {
                    severity = setting;
                }
            }

            if (severity is { } kept)
            {
                result.Add(kept == finding.Severity ? finding : finding with { Severity = kept });
            }
        }

        return result;
    }

    // The findings about x-statuslint-ignore entries come after overrides and suppressions; only
    // the config's top-level rules: applies to them.
    private IEnumerable<Diagnostic> ConfigureMetaFindings(IEnumerable<Diagnostic> findings)
    {
        foreach (var finding in findings)
        {
            if (ToolRules.Find(finding.RuleId) is not { Configurable: true })
            {
                yield return finding;
            }
            else if (ToolRules.SeverityOf(finding.RuleId, options.Settings.Rules) is { } severity)
            {
                yield return severity == finding.Severity ? finding : finding with { Severity = severity };
            }
        }
    }

    private IEnumerable<Diagnostic> RunDocumentChecks(LoadedDocument document)
    {
        foreach (var check in documentChecks)
        {
            foreach (var finding in check.Check(document))
            {
                if (!options.Settings.Rules.TryGetValue(finding.RuleId, out var severity))
                {
                    yield return finding;
                }
                else if (severity is { } configured)
                {
                    yield return finding with { Severity = configured };
                }
            }
        }
    }

    /// <summary>
    /// Why no linter can be made with <paramref name="options"/> (a pack name that no pack has,
    /// with the closest known name), or null when one can: a mistake on the command line or in
    /// a config, told as a value rather than by constructing a linter to see whether it throws.
    /// </summary>
    public static string? ProblemWith(LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var known = RuleCatalog.BuiltInPacks.Concat(options.Settings.RulePacks.Select(pack => pack.Name)).Append("recommended").ToList();
        var unknown = PackNames(options).FirstOrDefault(name =>
            !known.Contains(name.ToLowerInvariant(), StringComparer.Ordinal)
            && !options.DocumentChecks.Any(check => check.Pack.Equals(name, StringComparison.OrdinalIgnoreCase)));
        if (unknown is null)
        {
            return null;
        }

        var hint = Suggestions.Closest(unknown.ToLowerInvariant(), known);
        return $"unknown pack '{unknown}'" + (hint is null ? $"; known packs: {string.Join(", ", known)}" : $"; did you mean '{hint}'?");
    }

    private static IReadOnlyList<string> PackNames(LintOptions options) =>
        options.Packs.Count > 0 ? options.Packs : options.Settings.Extends.Count > 0 ? options.Settings.Extends : ["recommended"];

    private bool IsDocumentCheckPack(string pack) =>
        options.DocumentChecks.Any(check => check.Pack.Equals(pack, StringComparison.OrdinalIgnoreCase));

    private static List<Rule> SelectRules(LintOptions options, IEnumerable<string> packs)
    {
        var config = options.Settings;
        var rules = new List<Rule>();
        foreach (var rule in RuleCatalog.Select(packs, config.RulePacks))
        {
            if (config.Rules.TryGetValue(rule.Id, out var severity) && severity is null)
            {
                continue;
            }

            rules.Add(rule.With(severity ?? rule.DefaultSeverity, rule.AppliesToWebhooks || config.CheckWebhooks));
        }

        return rules;
    }

    private static bool IsInputProblem(string ruleId) =>
        ruleId is InputRuleIds.ParseError or InputRuleIds.NotOpenApi or InputRuleIds.UnresolvedReference;
}
