using System.CommandLine;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

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
        Description = "Rule packs to run: http, required, level3, openapi (Microsoft.OpenApi's structural checks), recommended (repeatable; default recommended)",
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

    public static Option<string> Color()
    {
        var option = new Option<string>("--color")
        {
            Description = "Colour on standard output: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always or never",
            DefaultValueFactory = _ => ColorMode.Auto,
        };
        option.AcceptOnlyFromAmong(ColorMode.Auto, ColorMode.Always, ColorMode.Never);
        return option;
    }

    public static Option<long?> MaxFileSize() => new("--max-file-size")
    {
        Description = "Refuse input files larger than this many megabytes (default 100)",
    };

    public static Option<bool> AllowRemoteRefs() => new("--allow-remote-refs")
    {
        Description = "Fetch http(s) $refs (10 s timeout, --max-file-size cap); by default they are reported and not fetched",
    };

    public static Option<bool> AllowRefsOutsideRoot() => new("--allow-refs-outside-root")
    {
        Description = "Follow $refs to files outside the root document's folder; by default they are refused",
    };

    /// <summary>The load options that <see cref="MaxFileSize"/>, <see cref="AllowRemoteRefs"/> and <see cref="AllowRefsOutsideRoot"/> ask for.</summary>
    public static LoadOptions ParseLoadOptions(long? maxFileMegabytes, bool allowRemoteRefs, bool allowRefsOutsideRoot) =>
        LoadOptions.Default with
        {
            MaxFileBytes = maxFileMegabytes is { } megabytes ? megabytes * 1024 * 1024 : LoadOptions.Default.MaxFileBytes,
            AllowRemoteRefs = allowRemoteRefs,
            AllowRefsOutsideRoot = allowRefsOutsideRoot,
        };

    public static Severity? ParseFailOn(string value) => value switch
    {
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        "none" => null,
        _ => Severity.Error,
    };
}
