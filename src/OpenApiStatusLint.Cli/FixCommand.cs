using System.CommandLine;
using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Cli;

/// <summary>
/// <c>statuslint fix</c>: lints, then inserts what the fixable findings at warning or error (and,
/// with <c>--include-notes</c>, at note) ask for. Prints a unified
/// diff by default (exit 1 when something would change), applies it with <c>--write</c>, or
/// writes an Overlay with <c>--overlay FILE</c>. An input that cannot be read is never written (exit 2).
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliEnvironment commandEnvironment)
    {
        var inputs = new LintInputs();
        var write = new Option<bool>("--write", "-w") { Description = "Apply the fixes to the files in place (atomically) instead of printing a diff" };
        var overlay = new Option<string>("--overlay") { Description = "Write the additions as an OpenAPI Overlay 1.0.0 document to FILE; the spec is not touched" };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print nothing on standard output (no diff, no list of what was fixed); the exit code tells, as git diff --quiet",
        };
        var color = CommonOptions.Color();
        var includeNotes = new Option<bool>("--include-notes") { Description = "Also fix findings at note severity (by default only warnings and errors, after the config, are fixed)" };
        var command = new Command("fix", "Add the responses and headers that fixable findings at warning or error ask for (prints a unified diff unless --write or --overlay)")
        {
            write, overlay, includeNotes, quiet, color,
        };
        inputs.AddTo(command, commandEnvironment);
        command.SetAction(result =>
        {
            var environment = commandEnvironment with
            {
                Output = result.GetValue(quiet) ? TextWriter.Null : commandEnvironment.Output,
                Color = ColorMode.Resolve(result.GetValue(color), commandEnvironment.OutputIsTerminal, commandEnvironment.Variable),
            };
            var overlayFile = result.GetValue(overlay);
            if (result.GetValue(write) && overlayFile is not null)
            {
                return Usage(environment, "--write and --overlay exclude each other");
            }

            if (!inputs.TryResolve(result, environment, out var options, out var files))
            {
                return 2;
            }

            if (inputs.NoMatch is not null)
            {
                return Usage(environment, inputs.NoMatch);
            }

            if (inputs.StandardInputName is not null && (result.GetValue(write) || overlayFile is not null))
            {
                // The fixed document goes nowhere but standard output: there is no file to write back to.
                return Usage(environment, "--write and --overlay need a file; standard input (-) gets a diff on standard output");
            }

            if (overlayFile is not null && files.Count != 1)
            {
                return Usage(environment, $"--overlay describes one document, but {files.Count} were given");
            }

            var fixer = new StatusFixer(options, inputs.Config.Fix) { IncludeNotes = result.GetValue(includeNotes) };
            var read = new ReadFiles(environment);
            read.Add(files);
            read.Add(inputs.Config.Path);

            var inputFailed = false;
            var changed = false;
            var notFixed = false;
            foreach (var file in files)
            {
                FixReport fixReport;
                if (inputs.StandardInputName is { } standardInput)
                {
                    using var stdin = environment.OpenInput();
                    fixReport = fixer.Fix(stdin, standardInput);
                }
                else
                {
                    fixReport = fixer.FixFile(file);
                }

                if (fixReport.InputFailed)
                {
                    inputFailed = true;
                    foreach (var problem in fixReport.Lint.Diagnostics.Where(d => d.Severity == Severity.Error))
                    {
                        environment.Error.WriteLine($"{Relative(environment, problem.Location.File)}:{problem.Location.StartLine}:{problem.Location.StartColumn}  error  {problem.Message}  {problem.RuleId}");
                    }

                    environment.Error.WriteLine($"statuslint: {Relative(environment, fixReport.File)} cannot be read; it was not fixed");
                    continue;
                }

                foreach (var skipped in fixReport.Skipped)
                {
                    environment.Error.WriteLine($"statuslint: {Relative(environment, file)}: not fixed: {skipped.Fix.Kind} {skipped.Fix.Code} at {skipped.Fix.Pointer}: {skipped.Reason}");
                }

                notFixed |= fixReport.Skipped.Count > 0;
                changed |= fixReport.HasChanges;
                if (overlayFile is not null)
                {
                    var target = Path.GetFullPath(overlayFile, environment.WorkingDirectory);
                    read.Add(fixReport.Lint.ReadFiles);
                    if (read.Refusal([target]) is { } overInput)
                    {
                        return Usage(environment, overInput);
                    }

                    if (WriteOverlay(environment, fixReport.Result, file, target) is { } failure)
                    {
                        return failure;
                    }
                }
                else if (result.GetValue(write))
                {
                    inputFailed |= !Write(environment, fixReport);
                }
                else
                {
                    fixReport.WriteDiff(environment.Output, environment.WorkingDirectory, environment.Color);
                }
            }

            if (inputFailed)
            {
                return 2;
            }

            // Like `git diff --exit-code`: a dry run exits 1 when the files are not yet fixed; any
            // run exits 1 when a fixable finding could not be fixed (each is named above).
            return notFixed || (changed && !result.GetValue(write) && overlayFile is null) ? 1 : 0;
        });
        return command;
    }

    private static int? WriteOverlay(CliEnvironment environment, FixResult fixResult, string file, string target)
    {
        try
        {
            OutputFile.Write(target, Encoding.UTF8.GetBytes(OverlayDocument.Create(fixResult, Path.GetFileName(file))));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Usage(environment, $"cannot write the overlay {Relative(environment, target)}: {exception.Message}");
        }

        var actions = fixResult.Additions.Count(a => a.File == fixResult.RootFile);
        environment.Output.WriteLine(actions == 0
            ? $"wrote {Relative(environment, target)}: nothing to add to {Relative(environment, file)} (one action that changes nothing)"
            : $"wrote {Relative(environment, target)}: {actions} actions for {Relative(environment, file)}");
        return null;
    }

    private static bool Write(CliEnvironment environment, FixReport fixReport)
    {
        var files = fixReport.Result.Files;
        try
        {
            fixReport.Write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var message = files.Aggregate(exception.Message, (text, change) => text.Replace(change.File, Relative(environment, change.File), StringComparison.Ordinal));
            environment.Error.WriteLine($"statuslint: {message}");
            if (files.Count > 1)
            {
                environment.Error.WriteLine($"statuslint: so none of {string.Join(", ", files.Select(change => Relative(environment, change.File)))} was changed");
            }

            return false;
        }

        foreach (var change in files)
        {
            environment.Output.WriteLine($"fixed {Relative(environment, change.File)}");
            foreach (var description in change.Changes)
            {
                environment.Output.WriteLine("  " + description);
            }
        }

        return true;
    }

    private static string Relative(CliEnvironment environment, string path) =>
        Diagnostics.DisplayPath.Of(path, environment.WorkingDirectory);

    private static int Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("statuslint: " + message);
        return 2;
    }
}
