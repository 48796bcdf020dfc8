using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Cli;

/// <summary>
/// The files a run reads: inputs, the files their <c>$ref</c>s point into, the config and the
/// baseline. No output (report, baseline, overlay) may be written onto one of them: the user
/// would lose the spec to a report.
/// </summary>
internal sealed class ReadFiles(CliEnvironment environment)
{
    private readonly HashSet<string> files = new(StringComparer.Ordinal);

    public void Add(string? file)
    {
        if (file is not null)
        {
            files.Add(Path.GetFullPath(file, environment.WorkingDirectory));
        }
    }

    public void Add(IEnumerable<string> read)
    {
        foreach (var file in read)
        {
            Add(file);
        }
    }

    public void Add(FileReport report) => Add(report.ReadFiles);

    /// <summary>The message for the first output that would overwrite a file the run reads, or null when none would.</summary>
    public string? Refusal(IEnumerable<string?> outputs)
    {
        foreach (var output in outputs.OfType<string>())
        {
            var full = Path.GetFullPath(output, environment.WorkingDirectory);
            if (files.Contains(full))
            {
                return $"refusing to write over {Diagnostics.DisplayPath.Of(full, environment.WorkingDirectory)}, which this run reads; write the output to another file";
            }
        }

        return null;
    }
}
