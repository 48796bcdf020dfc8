using System.CommandLine;
using OpenApiStatusLint.Config;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.OpenApi;

namespace OpenApiStatusLint.Cli;

/// <summary>
/// The arguments <c>lint</c> and <c>fix</c> share (paths, packs, config, input limits) and how they
/// become the library's <see cref="LintOptions"/> and a list of files. Every mistake is reported
/// here, with file:line:col for a config file, and turns into exit code 2.
/// </summary>
internal sealed class LintInputs
{
    /// <summary>The packs implemented in code that the tool ships: <c>openapi</c>.</summary>
    public static IReadOnlyList<IDocumentCheck> DocumentChecks { get; } = [new OpenApiStructureCheck()];

    private readonly Argument<string[]> paths = CommonOptions.Paths();
    private readonly Option<string[]> packs = CommonOptions.Packs();
    private readonly Option<long?> maxFileSize = CommonOptions.MaxFileSize();
    private readonly Option<bool> allowRemoteRefs = CommonOptions.AllowRemoteRefs();
    private readonly Option<bool> allowRefsOutsideRoot = CommonOptions.AllowRefsOutsideRoot();
    private readonly Option<bool> skipNonOpenApi = new("--skip-non-openapi")
    {
        Description = "Skip named files that are not OpenAPI documents (no top-level openapi or swagger key) instead of reporting them; what the pre-commit hooks use",
    };
    private readonly Option<string> stdinFilename = new("--stdin-filename")
    {
        Description = "With - (standard input): the file name to show in findings, and the base for relative $refs",
    };
    private readonly Option<string> config = new("--config", "-c")
    {
        Description = "Configuration file (default: the nearest .statuslint.yaml from the current folder upward)",
    };

    public void AddTo(Command command, CliEnvironment environment)
    {
        command.Add(paths);
        command.Add(packs);
        command.Add(config);
        command.Add(maxFileSize);
        command.Add(allowRemoteRefs);
        command.Add(allowRefsOutsideRoot);
        command.Add(skipNonOpenApi);
        command.Add(stdinFilename);
        // The paths take every token that is no option, so a mistyped option lands here; a file
        // whose name starts with '-' is still a path.
        paths.Validators.Add(result =>
        {
            var option = result.Tokens.Select(token => token.Value)
                .FirstOrDefault(value => value.Length > 1 && value.StartsWith('-') && !File.Exists(Path.Combine(environment.WorkingDirectory, value)));
            if (option is not null)
            {
                var names = command.Options.SelectMany(known => known.Aliases.Prepend(known.Name)).Where(name => name.StartsWith("--", StringComparison.Ordinal));
                var hint = Rules.Suggestions.Closest(option, names);
                result.AddError($"unknown option '{option}'; " + (hint is null ? $"see statuslint {command.Name} --help" : $"did you mean '{hint}'?"));
            }
        });
    }

    /// <summary>
    /// Set by <see cref="TryResolve"/> when an argument (or the search below the current folder)
    /// found nothing: the message to print, after the reports (empty, with a notification) are written.
    /// </summary>
    public string? NoMatch { get; private set; }

    /// <summary>
    /// The full path that stands for standard input in findings (<c>--stdin-filename</c>, else
    /// <c>&lt;stdin&gt;</c> in the current folder), when the only path argument is <c>-</c>; else null.
    /// </summary>
    public string? StandardInputName { get; private set; }

    /// <summary>The configuration <see cref="TryResolve"/> read (or the defaults): the linter's settings, the <c>fix</c> section, the file itself.</summary>
    public StatusLintConfig Config { get; private set; } = StatusLintConfig.Default;

    /// <summary>Builds the options and the file list, or writes the problem to standard error and returns false.</summary>
    public bool TryResolve(ParseResult result, CliEnvironment environment, out LintOptions options, out IReadOnlyList<string> files)
    {
        options = new LintOptions();
        files = [];
        StatusLintConfig settings;
        try
        {
            var explicitConfig = result.GetValue(config);
            var configFile = explicitConfig is { Length: > 0 }
                ? Path.GetFullPath(explicitConfig, environment.WorkingDirectory)
                : ConfigLoader.Find(environment.WorkingDirectory);
            if (explicitConfig is { Length: > 0 } && !File.Exists(configFile))
            {
                return Usage(environment, $"config file '{explicitConfig}' not found");
            }

            Config = settings = configFile is null ? StatusLintConfig.Default with { BaseDirectory = environment.WorkingDirectory } : ConfigLoader.Load(configFile, DocumentChecks);
        }
        catch (ConfigException exception)
        {
            var where = exception.Location;
            return Usage(environment, $"{DisplayPath(environment, where.File)}:{where.StartLine}:{where.StartColumn}: {exception.Message}");
        }

        // An old spelling in a team's pack still loads; say once, at its place, what to write instead.
        foreach (var note in settings.RulePacks.SelectMany(pack => pack.Notes))
        {
            environment.Error.WriteLine($"{DisplayPath(environment, note.Location.File)}:{note.Location.StartLine}:{note.Location.StartColumn}: note: {note.Message}");
        }

        if (!CommonOptions.TryParseLoadOptions(result.GetValue(maxFileSize), result.GetValue(allowRemoteRefs), result.GetValue(allowRefsOutsideRoot), out var load, out var loadError))
        {
            return Usage(environment, loadError);
        }
        options = new LintOptions { Packs = result.GetValue(packs) ?? [], Settings = settings, Load = load, DocumentChecks = DocumentChecks };
        if (StatusLinter.ProblemWith(options) is { } packProblem)
        {
            return Usage(environment, packProblem);
        }

        var patterns = result.GetValue(paths) ?? [];
        var skip = result.GetValue(skipNonOpenApi);
        var stdinName = result.GetValue(stdinFilename);
        if (stdinName is not null && !patterns.Contains(Discovery.SpecFinder.StandardInput))
        {
            return Usage(environment, "--stdin-filename names what - reads; give - as the path too");
        }

        if (patterns.Length == 0 && settings.Files.Count > 0)
        {
            // The config's globs are relative to the config file, not to wherever the command runs.
            var configured = environment with { WorkingDirectory = settings.BaseDirectory };
            if (!InputFiles.TryResolve([.. settings.Files], configured, skip, out files, out var configuredError, out var configuredNoMatch))
            {
                return Usage(environment, configuredError + $" (from 'files' in {DisplayPath(environment, settings.Path!)})");
            }

            NoMatch = configuredNoMatch is null ? null : configuredNoMatch + $" (from 'files' in {DisplayPath(environment, settings.Path!)})";
            return true;
        }

        if (!InputFiles.TryResolve(patterns, environment, skip, out files, out var error, out var noMatch))
        {
            return Usage(environment, error);
        }

        NoMatch = noMatch;
        if (files is [Discovery.SpecFinder.StandardInput])
        {
            StandardInputName = Path.GetFullPath(stdinName ?? "<stdin>", environment.WorkingDirectory);
        }

        return true;
    }

    private static string DisplayPath(CliEnvironment environment, string path) =>
        Diagnostics.DisplayPath.Of(path, environment.WorkingDirectory);

    private static bool Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("statuslint: " + message);
        return false;
    }
}
