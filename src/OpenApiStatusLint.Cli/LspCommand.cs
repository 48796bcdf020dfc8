using System.CommandLine;
using OpenApiStatusLint.LanguageServer;

namespace OpenApiStatusLint.Cli;

/// <summary><c>statuslint lsp</c>: the language server on standard input and output.</summary>
internal static class LspCommand
{
    public static Command Create(CliEnvironment environment)
    {
        // Editors' clients (vscode-languageclient among them) may name the transport; stdio is the only one.
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the default and only transport)" };
        var timing = new Option<bool>("--log-timing") { Description = "Log on standard error how long each lint took after the change arrived" };
        var command = new Command("lsp", "Run the Language Server Protocol server over standard input/output (for VS Code, Neovim and other editors)") { stdio, timing };
        command.SetAction(result =>
        {
            var output = Console.OpenStandardOutput();
            // Standard output carries only protocol messages: anything else that writes to the console lands on standard error.
            Console.SetOut(Console.Error);
            var server = new StatusLanguageServer(Console.OpenStandardInput(), output, environment.Error, LintInputs.DocumentChecks, environment.WorkingDirectory, result.GetValue(timing));
            return server.Run();
        });
        return command;
    }
}
