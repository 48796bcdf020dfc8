using System.CommandLine;

namespace OpenApiStatusLint.Cli;

/// <summary>Builds the command line and runs it; tests call <see cref="Run"/> in process.</summary>
public static class StatuslintApp
{
    /// <summary>Runs statuslint with <paramref name="args"/> and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var environment = new CliEnvironment(output, error, workingDirectory, ColorAllowed(output));
        var root = new RootCommand("statuslint: checks that every OpenAPI operation declares the right HTTP status codes.")
        {
            LintCommand.Create(environment),
            FixCommand.Create(environment),
            RulesCommand.Create(environment),
            InitCommand.Create(environment),
            LspCommand.Create(environment),
        };
        var parsed = root.Parse(args);
        var exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine reports its own parse errors with 1; the contract says a usage error is 2.
        return parsed.Errors.Count > 0 ? 2 : exitCode;
    }

    private static bool ColorAllowed(TextWriter output) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected;
}
