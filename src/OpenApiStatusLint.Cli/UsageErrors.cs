using System.CommandLine;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Cli;

/// <summary>
/// Writes what System.CommandLine's parsers and validators found wrong with the command line in
/// statuslint's one style, <c>statuslint: WHAT; HOW TO FIX</c>, one line each and without the help
/// text (which buries the line that matters).
/// </summary>
internal static class UsageErrors
{
    public static void Write(ParseResult parsed, TextWriter error)
    {
        var command = parsed.CommandResult.Command;
        if (command is RootCommand)
        {
            // Without a known command the parser's other complaints ("Required command was not
            // provided", each unmatched token) all say this one thing.
            var commands = command.Subcommands.Select(subcommand => subcommand.Name).ToList();
            var given = parsed.UnmatchedTokens.FirstOrDefault(token => !token.StartsWith('-'));
            if (given is null)
            {
                error.WriteLine($"statuslint: no command given; use {string.Join(", ", commands)} (statuslint --help says more)");
                return;
            }

            var hint = Suggestions.Closest(given, commands);
            error.WriteLine($"statuslint: unknown command '{given}'; " + (hint is null ? $"use {string.Join(", ", commands)}" : $"did you mean '{hint}'?"));
            return;
        }

        foreach (var message in parsed.Errors.Select(parseError => parseError.Message).Distinct(StringComparer.Ordinal))
        {
            // Our own validators say how to fix; the parser's built-in messages get the way to the help.
            var text = message.TrimEnd('.');
            error.WriteLine(text.Contains(';', StringComparison.Ordinal)
                ? $"statuslint: {text}"
                : $"statuslint: {text}; see statuslint {command.Name} --help");
        }
    }
}
