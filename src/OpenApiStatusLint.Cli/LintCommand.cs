using System.CommandLine;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Reporting;

namespace OpenApiStatusLint.Cli;

/// <summary><c>statuslint lint</c>: reads the arguments, calls the library, writes the reports.</summary>
internal static class LintCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Output format, optionally to a file: stylish|json|sarif|github|junit[=FILE] (repeatable; default stylish)",
        };
        var sarifRoot = new Option<string>("--sarif-root")
        {
            Description = "Folder that SARIF file locations are relative to (%SRCROOT%; default: the current folder)",
        };
        var sarifCategory = new Option<string>("--sarif-category")
        {
            Description = "SARIF automationDetails.id, GitHub's upload category (default: statuslint/)",
        };
        var packs = CommonOptions.Packs();
        var failOn = CommonOptions.FailOn();
        var maxFileSize = CommonOptions.MaxFileSize();
        var command = new Command("lint", "Check the status codes that each operation declares")
        {
            paths, formats, packs, failOn, maxFileSize, sarifRoot, sarifCategory,
        };
        command.SetAction(result =>
        {
            if (!OutputTargets.TryParse(result.GetValue(formats) ?? [], environment, out var targets, out var formatError))
            {
                return Usage(environment, formatError);
            }

            if (!InputFiles.TryResolve(result.GetValue(paths) ?? [], environment, out var files, out var inputError))
            {
                return Usage(environment, inputError);
            }

            StatusLinter linter;
            try
            {
                var load = result.GetValue(maxFileSize) is { } megabytes
                    ? LoadOptions.Default with { MaxFileBytes = megabytes * 1024 * 1024 }
                    : LoadOptions.Default;
                var requested = result.GetValue(packs) is { Length: > 0 } names ? names : ["recommended"];
                linter = new StatusLinter(new LintOptions { Packs = requested, Load = load });
            }
            catch (ArgumentException exception)
            {
                return Usage(environment, exception.Message);
            }

            var report = linter.LintFiles(files);
            var context = new ReportContext(environment.WorkingDirectory)
            {
                SarifRoot = result.GetValue(sarifRoot) is { Length: > 0 } root ? Path.GetFullPath(root, environment.WorkingDirectory) : null,
                Category = result.GetValue(sarifCategory),
            };
            if (!targets.WriteAll(report, context))
            {
                return 2;
            }

            return report.ExitCode(CommonOptions.ParseFailOn(result.GetValue(failOn)!));
        });
        return command;
    }

    private static int Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("statuslint: " + message);
        return 2;
    }
}
