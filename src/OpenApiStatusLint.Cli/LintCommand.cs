using System.CommandLine;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;

namespace OpenApiStatusLint.Cli;

/// <summary><c>statuslint lint</c>: reads the arguments, calls the library, writes the reports.</summary>
internal static class LintCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = new LintInputs();
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
        var failOn = CommonOptions.FailOn();
        var baseline = new Option<string>("--baseline")
        {
            Description = "Report only findings that are not in this baseline file (the rest are counted in the summary)",
        };
        var writeBaseline = new Option<string>("--write-baseline")
        {
            Description = "Record today's findings in this file (keyed by file, rule and JSON pointer, not by line)",
        };
        var command = new Command("lint", "Check the status codes that each operation declares")
        {
            formats, failOn, baseline, writeBaseline, sarifRoot, sarifCategory,
        };
        inputs.AddTo(command);
        command.SetAction(result =>
        {
            if (!OutputTargets.TryParse(result.GetValue(formats) ?? [], environment, out var targets, out var formatError))
            {
                return Usage(environment, formatError);
            }

            if (!inputs.TryResolve(result, environment, out var options, out var files))
            {
                return 2;
            }

            Baseline? accepted = null;
            if (result.GetValue(baseline) is { Length: > 0 } baselineFile)
            {
                try
                {
                    accepted = Baseline.Load(Path.GetFullPath(baselineFile, environment.WorkingDirectory));
                }
                catch (Config.ConfigException exception)
                {
                    return Usage(environment, $"{DisplayPath.Of(exception.Location.File, environment.WorkingDirectory)}:{exception.Location.StartLine}:{exception.Location.StartColumn}: {exception.Message}");
                }
            }

            var baselineTarget = result.GetValue(writeBaseline) is { Length: > 0 } target ? Path.GetFullPath(target, environment.WorkingDirectory) : null;
            string?[] outputFiles = [.. targets.Files, baselineTarget];
            var read = new ReadFiles(environment);
            read.Add(files);
            read.Add(options.Config.Path);
            read.Add(result.GetValue(baseline));
            if (read.Refusal(outputFiles) is { } overInput)
            {
                return Usage(environment, overInput);
            }
            var linter = new StatusLinter(options);
            var matcher = accepted is null ? null : new BaselineMatcher(accepted);
            var recorder = baselineTarget is null ? null : new BaselineRecorder();
            var fixEdits = targets.WritesSarif ? new SarifFixEdits(options.Load, options.Config.Fix) : null;
            var summary = new LintSummary();
            var context = new ReportContext(environment.WorkingDirectory)
            {
                SarifRoot = result.GetValue(sarifRoot) is { Length: > 0 } root ? Path.GetFullPath(root, environment.WorkingDirectory) : null,
                Category = result.GetValue(sarifCategory),
                FixEdits = fixEdits is null ? null : fixEdits.For,
            };

            // Each file's report is written as soon as it and the files before it are linted, and
            // then forgotten but for the summary and the baseline's entries.
            using var outputs = targets.Open(context, linter.Rules);
            void Report(FileReport file)
            {
                read.Add(file);
                if (file.InternalError is not null && result.GetValue<bool>(StatuslintApp.DebugOption))
                {
                    environment.Error.WriteLine($"statuslint: {DisplayPath.Of(file.File, environment.WorkingDirectory)}: {file.InternalError}");
                }

                fixEdits?.Register(file);
                recorder?.Add(file);
                summary.Add(file);
                outputs.Write(file);
            }

            linter.LintFiles(files, file => Report(matcher?.Mark(file) ?? file));
            if (matcher?.StaleEntries() is { } stale)
            {
                Report(stale);
            }

            // A $ref'd file is known only now; the reports are still in their temporary files.
            if (read.Refusal(outputFiles) is { } overReferenced)
            {
                return Usage(environment, overReferenced);
            }

            if (recorder is not null)
            {
                try
                {
                    var count = recorder.Write(baselineTarget!);
                    environment.Error.WriteLine($"statuslint: wrote {count} findings to {DisplayPath.Of(baselineTarget!, environment.WorkingDirectory)}");
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return Usage(environment, $"cannot write the baseline {DisplayPath.Of(baselineTarget!, environment.WorkingDirectory)}: {exception.Message}");
                }
            }

            if (!outputs.Finish(summary))
            {
                return 2;
            }

            return summary.ExitCode(CommonOptions.ParseFailOn(result.GetValue(failOn)!));
        });
        return command;
    }

    private static int Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("statuslint: " + message);
        return 2;
    }
}
