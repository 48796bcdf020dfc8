using System.CommandLine;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Cli;

/// <summary>Options that several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "OpenAPI files, folders or globs, or - for standard input (default: every YAML/JSON file below the current folder with a top-level openapi or swagger key)",
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
        Description = "Refuse input files larger than this many megabytes, 1 to 2047 (default 100); standard input stops at it",
    };

    public static Option<bool> AllowRemoteRefs() => new("--allow-remote-refs")
    {
        Description = "Fetch http(s) $refs (10 s timeout, --max-file-size cap); by default they are reported and not fetched",
    };

    public static Option<bool> AllowRefsOutsideRoot() => new("--allow-refs-outside-root")
    {
        Description = "Follow $refs to files outside the root document's folder; by default they are refused",
    };

    /// <summary>
    /// The largest <c>--max-file-size</c>: a document is held in memory as one array, and .NET arrays
    /// stop just short of 2 GB, so a larger cap would promise what cannot be read.
    /// </summary>
    public const long MaxFileSizeLimit = 2047;

    /// <summary>
    /// The load options that <see cref="MaxFileSize"/>, <see cref="AllowRemoteRefs"/> and
    /// <see cref="AllowRefsOutsideRoot"/> ask for; false with a message for a size of 0, a negative
    /// one or one too large (before, 9000000000000 overflowed into a negative limit).
    /// </summary>
    public static bool TryParseLoadOptions(long? maxFileMegabytes, bool allowRemoteRefs, bool allowRefsOutsideRoot, out LoadOptions options, out string error)
    {
        error = string.Empty;
        options = LoadOptions.Default with { AllowRemoteRefs = allowRemoteRefs, AllowRefsOutsideRoot = allowRefsOutsideRoot };
        if (maxFileMegabytes is not { } megabytes)
        {
            return true;
        }

        if (megabytes is < 1 or > MaxFileSizeLimit)
        {
            error = $"--max-file-size {megabytes} is out of range; give a whole number of megabytes from 1 to {MaxFileSizeLimit}";
            return false;
        }

        options = options with { MaxFileBytes = megabytes * 1024 * 1024 };
        return true;
    }

    public static Severity? ParseFailOn(string value) => value switch
    {
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        "none" => null,
        _ => Severity.Error,
    };
}
