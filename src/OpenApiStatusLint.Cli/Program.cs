using OpenApiStatusLint.Cli;

return StatuslintApp.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());
