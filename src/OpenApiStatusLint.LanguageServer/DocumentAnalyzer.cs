using System.Text;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// Lints an editor's text with the library, as <c>statuslint lint</c> lints a file: the nearest
/// <c>.statuslint.yaml</c> (or the one the settings name), the settings' packs, the loader on the
/// unsaved bytes. A config or pack mistake becomes a finding at the top of the document, and the
/// document is linted with the defaults instead.
/// </summary>
public sealed partial class DocumentAnalyzer(IReadOnlyList<IDocumentCheck> documentChecks, string rootDirectory)
{
    /// <summary>Rule id of a finding that says the config or the editor settings cannot be used.</summary>
    public const string ConfigProblemId = "config-error";

    // Keyed by the config file (or the folder, without one) and the packs; the stamp says which version of the
    // config file the linter was made from, so that a config changed on disk is read again.
    private readonly Dictionary<string, (string Stamp, (StatusLinter Linter, StatusLintConfig Config, Diagnostic? Problem) Made)> linters = new(StringComparer.Ordinal);

    /// <summary>Lints <paramref name="text"/> as the file at <paramref name="path"/>; null when <paramref name="cancel"/> fired first.</summary>
    /// <param name="path">The document's full path.</param>
    /// <param name="text">The editor's text, saved or not.</param>
    /// <param name="version">The editor's version of it.</param>
    /// <param name="settings">The editor's settings.</param>
    /// <param name="wasOpenApi">Whether the last lint of this document found OpenAPI: a broken edit of a spec still gets its parse error.</param>
    /// <param name="cancel">Fires when a newer text arrived: the lint stops at the next step (loaded, linted) instead of finishing for nothing.</param>
    public DocumentAnalysis? Analyze(string path, string text, int version, ServerSettings settings, bool wasOpenApi, CancellationToken cancel = default)
    {
        var (linter, config, problem) = LinterFor(path, settings);
        var content = Encoding.UTF8.GetBytes(text);
        var loaded = DocumentLoader.Load(path, content, LoadOptions.Default);
        var isOpenApi = IsOpenApi(loaded, text, wasOpenApi);
        var dependencies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (config.Path is not null)
        {
            dependencies[config.Path] = FileStamp.Of(config.Path);
        }

        if (!isOpenApi)
        {
            return new DocumentAnalysis(version, false, content, loaded, linter, config, [], dependencies);
        }

        foreach (var reference in loaded.Document?.SourceMap.ExternalReferences.Values ?? [])
        {
            dependencies.TryAdd(reference.TargetFile, FileStamp.Of(reference.TargetFile));
        }

        if (cancel.IsCancellationRequested)
        {
            return null;
        }

        var report = linter.Lint(loaded);
        if (cancel.IsCancellationRequested)
        {
            return null;
        }

        var shown = report.Diagnostics.Where(d => d.IsActive && d.Severity >= settings.MinimumSeverity);
        return new DocumentAnalysis(version, true, content, loaded, linter, config, problem is null ? [.. shown] : [problem, .. shown], dependencies);
    }

    private (StatusLinter Linter, StatusLintConfig Config, Diagnostic? Problem) LinterFor(string path, ServerSettings settings)
    {
        var folder = Path.GetDirectoryName(path) ?? rootDirectory;
        var configFile = settings.ConfigPath is { } chosen ? Path.GetFullPath(chosen, rootDirectory) : ConfigLoader.Find(folder);
        var stamp = configFile is null ? "none" : FileStamp.Of(configFile);
        var key = $"{configFile ?? folder}|{string.Join(',', settings.Packs)}";
        if (linters.TryGetValue(key, out var cached) && cached.Stamp == stamp)
        {
            return cached.Made;
        }

        var made = Make(path, folder, configFile, settings);
        linters[key] = (stamp, made);
        return made;
    }

    private (StatusLinter, StatusLintConfig, Diagnostic?) Make(string path, string folder, string? configFile, ServerSettings settings)
    {
        var config = StatusLintConfig.Default with { BaseDirectory = folder };
        Diagnostic? problem = null;
        if (configFile is not null && !File.Exists(configFile))
        {
            problem = Problem(path, $"statuslint: the config file {configFile} (statuslint.configPath) does not exist; the defaults apply. Fix the setting or create the file.");
        }
        else if (configFile is not null)
        {
            try
            {
                config = ConfigLoader.Load(configFile, documentChecks);
            }
            catch (ConfigException exception)
            {
                var where = exception.Location;
                problem = Problem(path, $"statuslint: {where.File}:{where.StartLine}:{where.StartColumn}: {exception.Message}; the defaults apply until the config is fixed.");
            }
        }

        var options = new LintOptions { Packs = settings.Packs, Settings = config, DocumentChecks = documentChecks, MaxParallelism = 1 };
        if (StatusLinter.ProblemWith(options) is { } unknownPack)
        {
            // An unknown pack name, from the settings or the config's extends.
            var fallback = new StatusLinter(options with { Packs = [], Settings = StatusLintConfig.Default with { BaseDirectory = folder } });
            return (fallback, config, Problem(path, $"statuslint: {unknownPack}; the recommended packs apply. Fix statuslint.packs or the config's extends."));
        }

        return (new StatusLinter(options), config, problem);
    }

    private static Diagnostic Problem(string path, string message) =>
        new(ConfigProblemId, Severity.Error, message, SourceRange.StartOf(path));

    // Decided by content, as discovery's reading of a file is: a mapping with an openapi or swagger
    // key. Text that does not parse is a spec being edited when it was one before, or when it still
    // names its version at the start of a line.
    private static bool IsOpenApi(LoadResult loaded, string text, bool wasOpenApi)
    {
        if (loaded.Document is not null)
        {
            return true;
        }

        if (loaded.Diagnostics.Any(d => d.RuleId == InputRuleIds.ParseError))
        {
            return wasOpenApi || VersionKey().IsMatch(text);
        }

        // not-openapi with the version field's pointer: an OpenAPI document of a version statuslint does not read.
        return loaded.Diagnostics.Any(d => d.RuleId == InputRuleIds.NotOpenApi && d.Pointer is { } pointer && pointer != DocumentPointer.Root);
    }

    [GeneratedRegex("""^\s*\{?\s*["']?(openapi|swagger)["']?\s*:""", RegexOptions.Multiline)]
    private static partial Regex VersionKey();
}
