namespace OpenApiStatusLint.Cli;

/// <summary>Where a command writes and which folder it works in.</summary>
public sealed record CliEnvironment(TextWriter Output, TextWriter Error, string WorkingDirectory, bool Color);
