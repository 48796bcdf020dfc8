using System.CommandLine;

namespace OpenApiStatusLint.Cli;

/// <summary>Builds the command line and runs it; tests call <see cref="Run"/> in process.</summary>
public static class StatuslintApp
{
    /// <summary>Runs statuslint with <paramref name="args"/> and returns the exit code.</summary>
    /// <param name="variable">Reads an environment variable; the process's own when null.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, Func<string, string?>? variable = null)
    {
        variable ??= Environment.GetEnvironmentVariable;
        var outputIsTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var environment = new CliEnvironment(output, error, workingDirectory, ColorMode.Resolve(ColorMode.Auto, outputIsTerminal, variable))
        {
            OutputIsTerminal = outputIsTerminal,
            ErrorIsTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected,
            Variable = variable,
            ErrorWidth = TerminalWidth,
        };
        return Run(args, environment);
    }

    /// <summary>Runs statuslint with <paramref name="args"/> in <paramref name="environment"/> and returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var (output, error) = (environment.Output, environment.Error);
        var root = new RootCommand("statuslint: checks that every OpenAPI operation declares the right HTTP status codes.")
        {
            LintCommand.Create(environment),
            FixCommand.Create(environment),
            RulesCommand.Create(environment),
            InitCommand.Create(environment),
        };
        var parsed = root.Parse(args);
        var exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine reports its own parse errors with 1; the contract says a usage error is 2.
        return parsed.Errors.Count > 0 ? 2 : exitCode;
    }

    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (Exception exception) when (exception is IOException or PlatformNotSupportedException)
        {
            return null;
        }
    }
}
