using OpenApiStatusLint.Cli;

namespace OpenApiStatusLint.Tests.Support;

/// <summary>The statuslint command line run in this process, in a given working folder.</summary>
public static class InProcessCli
{
    /// <summary>Runs statuslint with <paramref name="args"/> in <paramref name="folder"/>; what it wrote to standard output and error.</summary>
    public static (int ExitCode, string Output, string Error) Run(string folder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = StatuslintApp.Run(args, output, error, folder);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs statuslint with <paramref name="input"/> as its standard input (what <c>-</c> reads).</summary>
    public static (int ExitCode, string Output, string Error) RunWithInput(string folder, Func<Stream> input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = StatuslintApp.Run(args, output, error, folder, input: input);
        return (exitCode, output.ToString(), error.ToString());
    }
}
