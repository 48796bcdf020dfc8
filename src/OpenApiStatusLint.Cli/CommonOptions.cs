using System.CommandLine;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Cli;

/// <summary>Options that several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "OpenAPI files, folders or globs (default: the openapi.*, swagger.* and *.openapi.* files below the current folder)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string[]> Packs() => new("--pack", "-p")
    {
        Description = "Rule packs to run: http, required, level3, recommended (repeatable; default recommended)",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> FailOn()
    {
        var option = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity",
            DefaultValueFactory = _ => "error",
        };
        option.AcceptOnlyFromAmong("error", "warning", "note", "none");
        return option;
    }

    public static Option<long?> MaxFileSize() => new("--max-file-size")
    {
        Description = "Refuse input files larger than this many megabytes (default 100)",
    };

    public static Severity? ParseFailOn(string value) => value switch
    {
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        "none" => null,
        _ => Severity.Error,
    };
}
