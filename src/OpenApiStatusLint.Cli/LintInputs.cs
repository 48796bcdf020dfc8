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
    private readonly Option<string> config = new("--config", "-c")
    {
        Description = "Configuration file (default: the nearest .statuslint.yaml from the current folder upward)",
    };

    public void AddTo(Command command)
    {
        command.Add(paths);
        command.Add(packs);
        command.Add(config);
        command.Add(maxFileSize);
        command.Add(allowRemoteRefs);
        command.Add(allowRefsOutsideRoot);
    }

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

            settings = configFile is null ? StatusLintConfig.Default with { BaseDirectory = environment.WorkingDirectory } : ConfigLoader.Load(configFile, DocumentChecks);
        }
        catch (ConfigException exception)
        {
            var where = exception.Location;
            return Usage(environment, $"{DisplayPath(environment, where.File)}:{where.StartLine}:{where.StartColumn}: {exception.Message}");
        }

        var load = CommonOptions.ParseLoadOptions(result.GetValue(maxFileSize), result.GetValue(allowRemoteRefs), result.GetValue(allowRefsOutsideRoot));
        try
        {
            options = new LintOptions { Packs = result.GetValue(packs) ?? [], Config = settings, Load = load, DocumentChecks = DocumentChecks };
            _ = new StatusLinter(options);
        }
        catch (ArgumentException exception)
        {
            return Usage(environment, exception.Message);
        }

        var patterns = result.GetValue(paths) ?? [];
        if (patterns.Length == 0 && settings.Files.Count > 0)
        {
            // The config's globs are relative to the config file, not to wherever the command runs.
            var configured = environment with { WorkingDirectory = settings.BaseDirectory };
            if (!InputFiles.TryResolve([.. settings.Files], configured, out files, out var configuredError))
            {
                return Usage(environment, configuredError + $" (from 'files' in {DisplayPath(environment, settings.Path!)})");
            }

            return true;
        }

        return InputFiles.TryResolve(patterns, environment, out files, out var error) || Usage(environment, error);
    }

    private static string DisplayPath(CliEnvironment environment, string path) =>
        Reporting.DisplayPath.Of(path, environment.WorkingDirectory);

    private static bool Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("statuslint: " + message);
        return false;
    }
}
