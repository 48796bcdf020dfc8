using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Cli;

/// <summary>
/// The reports of one run, written while the files are linted. A report file is written to a
/// temporary file beside it and renamed over it at the end, so that a reader never sees half a
/// report, a symbolic link at the path is replaced rather than written through, and a run that
/// fails leaves the previous report in place. A target that cannot be written is reported on
/// standard error and dropped; the others go on.
/// </summary>
internal sealed class ReportOutputs : IDisposable
{
    private readonly List<ReportOutput> outputs;
    private readonly CliEnvironment environment;
    private bool failed;

    private ReportOutputs(List<ReportOutput> outputs, CliEnvironment environment, bool failed)
    {
        this.outputs = outputs;
        this.environment = environment;
        this.failed = failed;
    }

    public static ReportOutputs Open(
        IEnumerable<(IReporter Reporter, string? File)> targets, ReportContext context, IReadOnlyList<Rule> rules, CliEnvironment environment)
    {
        var outputs = new List<ReportOutput>();
        var failed = false;
        foreach (var (reporter, file) in targets)
        {
            if (file is null)
            {
                var standardOutput = new TextWriterStream(environment.Output);
                outputs.Add(new ReportOutput(null, null, standardOutput, reporter.Open(standardOutput, context with { Color = environment.Color }, rules)));
                continue;
            }

            string? temporary = null;
            FileStream? stream = null;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                temporary = TemporaryFile.Beside(file);
                stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                outputs.Add(new ReportOutput(file, temporary, stream, reporter.Open(stream, context with { Color = false }, rules)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stream?.Dispose();
                DeleteQuietly(temporary);
                environment.Error.WriteLine($"statuslint: cannot write {file}: {exception.Message}");
                failed = true;
            }
        }

        return new ReportOutputs(outputs, environment, failed);
    }

    /// <summary>
    /// Runs each write to standard output; the progress line sets it to step aside meanwhile, since
    /// both may go to the same terminal.
    /// </summary>
    public Action<Action> StandardOutputGuard { get; set; } = write => write();

    /// <summary>Adds one file's findings to every report.</summary>
    public void Write(FileReport file)
    {
        foreach (var output in outputs.Where(output => !output.Done))
        {
            Guarded(output, () => Try(output, () => output.Writer.WriteFile(file)));
        }
    }

    /// <summary>Ends every report and puts the files in place; false when some report could not be written.</summary>
    public bool Finish(LintSummary summary)
    {
        foreach (var output in outputs.Where(output => !output.Done))
        {
            Guarded(output, () => Try(output, () =>
            {
                output.Writer.Finish(summary);
                output.Close();
                if (output.File is not null)
                {
                    File.Move(output.Temporary!, output.File, overwrite: true);
                }
            }));
        }

        return !failed;
    }

    public void Dispose()
    {
        foreach (var output in outputs.Where(output => !output.Done))
        {
            output.Close();
            DeleteQuietly(output.Temporary);
        }
    }

    private void Guarded(ReportOutput output, Action write)
    {
        if (output.File is null)
        {
            StandardOutputGuard(write);
        }
        else
        {
            write();
        }
    }

    private void Try(ReportOutput output, Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"statuslint: cannot write {output.File ?? "the report"}: {exception.Message}");
            failed = true;
            output.Close();
            DeleteQuietly(output.Temporary);
        }
    }

    private static void DeleteQuietly(string? file)
    {
        if (file is null)
        {
            return;
        }

        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The write failure is the error worth reporting; a stray temporary file is named so that it is recognisable.
        }
    }
}
