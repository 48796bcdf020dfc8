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
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            UsageErrors.Write(parsed, error);
            return 2;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static bool ColorAllowed(TextWriter output) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected;
}
