using System.CommandLine;
using OpenApiStatusLint.Config;

namespace OpenApiStatusLint.Cli;

/// <summary><c>statuslint init</c>: writes a commented starter <c>.statuslint.yaml</c>.</summary>
internal static class InitCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .statuslint.yaml" };
        var command = new Command("init", "Write a commented starter .statuslint.yaml in the current folder") { force };
        command.SetAction(result =>
        {
            var file = Path.Combine(environment.WorkingDirectory, ConfigLoader.FileNames[0]);
            if (File.Exists(file) && !result.GetValue(force))
            {
                environment.Error.WriteLine($"statuslint: {ConfigLoader.FileNames[0]} already exists; use --force to replace it");
                return 2;
            }

            File.WriteAllText(file, ConfigTemplate.Text + "\n");
            environment.Output.WriteLine($"wrote {ConfigLoader.FileNames[0]}; `statuslint rules` lists the rule ids it can configure");
            return 0;
        });
        return command;
    }
}
