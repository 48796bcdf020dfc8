namespace OpenApiStatusLint.Cli;

/// <summary>Where a command writes, which folder it works in, and where <c>-</c> reads from.</summary>
/// <param name="Input">Opens standard input; only called when a path argument is <c>-</c> (default: the console's).</param>
public sealed record CliEnvironment(TextWriter Output, TextWriter Error, string WorkingDirectory, bool Color, Func<Stream>? Input = null)
{
    /// <summary>Standard input, for the path <c>-</c>.</summary>
    public Stream OpenInput() => (Input ?? Console.OpenStandardInput)();
}
