using System.CommandLine;
using System.Reflection;

namespace OpenApiStatusLint.Cli;

/// <summary>Builds the command line and runs it; tests call <see cref="Run"/> in process.</summary>
public static class StatuslintApp
{
    /// <summary>
    /// The version <c>--version</c> prints and SARIF names: MAJOR.MINOR.COMMITS+SHA from git
    /// (Directory.Build.props), so that a newer build installs over an older one.
    /// </summary>
    public static string Version { get; } =
        typeof(StatuslintApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs statuslint with <paramref name="args"/> and returns the exit code.</summary>
    /// <param name="variable">Reads an environment variable; the process's own when null.</param>
    /// <param name="input">Opens what <c>-</c> reads; standard input when null.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, Func<string, string?>? variable = null, Func<Stream>? input = null)
    {
        variable ??= Environment.GetEnvironmentVariable;
        var outputIsTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var environment = new CliEnvironment(output, error, workingDirectory, ColorMode.Resolve(ColorMode.Auto, outputIsTerminal, variable), input)
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
        var debug = new Option<bool>(DebugOption)
        {
            Description = "On a failure of statuslint itself, print the stack trace (for a bug report)",
            Recursive = true,
        };
        var root = new RootCommand("statuslint: checks that every OpenAPI operation declares the right HTTP status codes.")
        {
            LintCommand.Create(environment),
            FixCommand.Create(environment),
            RulesCommand.Create(environment),
            InitCommand.Create(environment),
            LspCommand.Create(environment),
            debug,
        };
        // Every argument is what it says: a spec named @api.yaml (or a scoped npm folder such as
        // @acme/api) is a file to lint, not a response file of more arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            UsageErrors.Write(parsed, error);
            return 2;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug in statuslint, not a mistake of the user's: say so in one line, the stack trace only when asked.
            error.WriteLine($"statuslint: internal error ({exception.GetType().Name}: {exception.Message}); this is a bug in statuslint, please report it"
                + (parsed.GetValue(debug) ? string.Empty : " (--debug prints the stack trace)"));
            if (parsed.GetValue(debug))
            {
                error.WriteLine(exception);
            }

            return 2;
        }
    }

    /// <summary>The name of the option that prints stack traces; every command has it.</summary>
    internal const string DebugOption = "--debug";

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
