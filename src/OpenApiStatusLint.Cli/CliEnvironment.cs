namespace OpenApiStatusLint.Cli;

/// <summary>Where a command writes and which folder it works in.</summary>
/// <param name="Color">Whether standard output gets ANSI colours (see <see cref="ColorMode"/>; <c>--color</c> may change it).</param>
public sealed record CliEnvironment(TextWriter Output, TextWriter Error, string WorkingDirectory, bool Color)
{
    /// <summary>True when standard output is a terminal (colour in <c>--color auto</c>).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>True when standard error is a terminal (the progress line).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The process's environment variables (<c>NO_COLOR</c>, <c>FORCE_COLOR</c>).</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>How long a run lasts before the progress line appears.</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The terminal's width for the progress line, or null when it cannot be known.</summary>
    public Func<int?> ErrorWidth { get; init; } = () => null;
}
