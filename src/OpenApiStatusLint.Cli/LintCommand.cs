using System.CommandLine;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Cli;

/// <summary><c>statuslint lint</c>: reads the arguments, calls the library, writes the reports.</summary>
internal static class LintCommand
{
    public static Command Create(CliEnvironment commandEnvironment)
    {
        var inputs = new LintInputs();
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format, optionally to a file: {string.Join('|', OutputTargets.Names)}[=FILE] (repeatable; default stylish)",
        };
        formats.Validators.Add(result =>
        {
            if (OutputTargets.Problem([.. result.Tokens.Select(token => token.Value)]) is { } problem)
            {
                result.AddError(problem);
            }
        });
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
        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "Exit with 1 when there are more than N warnings, whatever --fail-on says (as ESLint)",
            HelpName = "N",
        };
        maxWarnings.Validators.Add(option =>
        {
            if (option.Tokens.Count > 0 && int.TryParse(option.Tokens[0].Value, out var value) && value < 0)
            {
                option.AddError($"--max-warnings must be 0 or more, not {value}; use --max-warnings 0 to allow no warning");
            }
        });
        var statistics = new Option<bool>("--statistics")
        {
            Description = "Print the number of findings per rule (severity, fixable, the rule's page) instead of the findings",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Report errors only, without summary or progress (the exit code still counts everything)",
        };
        var color = CommonOptions.Color();
        var command = new Command("lint", "Check the status codes that each operation declares")
        {
            formats, failOn, maxWarnings, statistics, quiet, color, baseline, writeBaseline, sarifRoot, sarifCategory,
        };
        inputs.AddTo(command, commandEnvironment);
        command.SetAction(result =>
        {
            var environment = commandEnvironment with
            {
                Color = ColorMode.Resolve(result.GetValue(color), commandEnvironment.OutputIsTerminal, commandEnvironment.Variable),
            };
            var targets = OutputTargets.Parse(result.GetValue(formats) ?? [], environment);
            if (result.GetValue(statistics) && !targets.TryUseStatistics(out var statisticsError))
            {
                return Usage(environment, statisticsError);
            }

            if (!inputs.TryResolve(result, environment, out var options, out var files))
            {
                return 2;
            }

            Baseline? accepted = null;
            if (result.GetValue(baseline) is { Length: > 0 } baselineFile)
            {
                if (!Baseline.TryLoad(Path.GetFullPath(baselineFile, environment.WorkingDirectory), out accepted, out var problem))
                {
                    return Usage(environment, $"{DisplayPath.Of(problem.Location.File, environment.WorkingDirectory)}:{problem.Location.StartLine}:{problem.Location.StartColumn}: {problem.Message}");
                }
            }

            // The HTML matrix needs every operation's declared codes, which no other format does.
            // SARIF's fixes and the HTML report show each finding's edits, planned while its document is in memory.
            options = options with
            {
                IncludeOutline = targets.WritesHtml,
                AfterRules = targets.ShowsFixEdits ? new FixEdits(inputs.Config.Fix).Attach : null,
            };
            var baselineTarget = result.GetValue(writeBaseline) is { Length: > 0 } target ? Path.GetFullPath(target, environment.WorkingDirectory) : null;
            string?[] outputFiles = [.. targets.Files, baselineTarget];
            var read = new ReadFiles(environment);
            read.Add(inputs.StandardInputName is { } stdinName ? [stdinName] : files);
            read.Add(inputs.Config.Path);
            read.Add(result.GetValue(baseline));
            if (read.Refusal(outputFiles) is { } overInput)
            {
                return Usage(environment, overInput);
            }

            var linter = new StatusLinter(options);
            var matcher = accepted is null ? null : new BaselineMatcher(accepted);
            var recorder = baselineTarget is null ? null : new BaselineRecorder();
            var summary = new LintSummary();
            var shown = new LintSummary();
            var isQuiet = result.GetValue(quiet);
            var context = new ReportContext(environment.WorkingDirectory)
            {
                Quiet = isQuiet,
                SarifRoot = result.GetValue(sarifRoot) is { Length: > 0 } root ? Path.GetFullPath(root, environment.WorkingDirectory) : null,
                Category = result.GetValue(sarifCategory),
                RunProblems = inputs.NoMatch is { } noMatch ? [noMatch] : [],
                ToolVersion = StatuslintApp.Version,
                DocumentCheckRules = LintInputs.DocumentChecks.SelectMany(check => check.Rules).ToList(),
            };

            // Each file's report is written as soon as it and the files before it are linted, and
            // then forgotten but for the summary and the baseline's entries.
            using var outputs = targets.Open(context, linter.Rules);
            using var progress = isQuiet || !environment.ErrorIsTerminal || targets.MachineFormatOnStandardOutput
                ? null
                : new ProgressLine(environment.Error, files, environment.WorkingDirectory, environment.ProgressDelay, environment.ErrorWidth);
            void Report(FileReport file)
            {
                read.Add(file);
                if (file.InternalError is not null && result.GetValue<bool>(StatuslintApp.DebugOption))
                {
                    environment.Error.WriteLine($"statuslint: {DisplayPath.Of(file.File, environment.WorkingDirectory)}: {file.InternalError}");
                }

                recorder?.Add(file);
                summary.Add(file);

                // --quiet hides warnings and notes from every report; the exit code still counts them.
                var reported = isQuiet ? file with { Diagnostics = [.. file.Diagnostics.Where(d => d.Severity == Severity.Error)] } : file;
                shown.Add(reported);
                outputs.Write(reported);
            }

            // What goes to the terminal while the progress line is up waits for it to step aside.
            Action<Action> aside = progress is null ? write => write() : progress.Aside;
            outputs.StandardOutputGuard = aside;

            if (inputs.StandardInputName is { } standardInput)
            {
                using var stdin = environment.OpenInput();
                var report = linter.Lint(stdin, standardInput);
                Report(matcher?.Mark(report) ?? report);
                progress?.FileDone();
            }
            else
            {
                linter.LintFiles(files, file =>
                {
                    Report(matcher?.Mark(file) ?? file);
                    progress?.FileDone();
                });
            }

            if (matcher?.StaleEntries(ToolRules.SeverityOf(MetaRuleIds.StaleBaselineEntry, inputs.Config.Rules)) is { } stale)
            {
                Report(stale);
            }

            // A $ref'd file is known only now; the reports are still in their temporary files.
            if (read.Refusal(outputFiles) is { } overReferenced)
            {
                progress?.Dispose();
                return Usage(environment, overReferenced);
            }

            if (recorder is not null)
            {
                try
                {
                    var count = recorder.Write(baselineTarget!);
                    var wrote = $"statuslint: wrote {count} findings to {DisplayPath.Of(baselineTarget!, environment.WorkingDirectory)}";
                    aside(() => environment.Error.WriteLine(wrote));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    progress?.Dispose();
                    return Usage(environment, $"cannot write the baseline {DisplayPath.Of(baselineTarget!, environment.WorkingDirectory)}: {exception.Message}");
                }
            }

            // The line stays while the reports are finished: SARIF and JUnit write most of theirs at the end.
            var finished = outputs.Finish(shown);
            progress?.Dispose();
            if (!finished)
            {
                return 2;
            }

            if (inputs.NoMatch is not null)
            {
                // After the reports: a CI step uploads the SARIF, which says the same, either way.
                return Usage(environment, inputs.NoMatch);
            }

            var exitCode = summary.ExitCode(result.GetValue(failOn)!.Severity);
            if (exitCode != 2 && result.GetValue(maxWarnings) is { } allowed && summary.Count(Severity.Warning) > allowed)
            {
                environment.Error.WriteLine($"statuslint: {summary.Count(Severity.Warning)} warnings, more than --max-warnings {allowed} allows");
                return 1;
            }

            return exitCode;
        });
        return command;
    }

    private static int Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("statuslint: " + message);
        return 2;
    }
}
