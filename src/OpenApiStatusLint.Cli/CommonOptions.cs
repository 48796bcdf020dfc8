using System.CommandLine;
using System.CommandLine.Parsing;
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
        Description = "Rule packs to run: http, required, level3, owasp, kics, openapi (Microsoft.OpenApi's structural checks), recommended (repeatable; default recommended)",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--fail-on</c>, parsed by the option itself: a bad value is a parse error with the values to use.</summary>
    public static Option<FailThreshold> FailOn()
    {
        var option = new Option<FailThreshold>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity: error|warning|note|none (default error)",
            DefaultValueFactory = _ => new FailThreshold(Severity.Error),
            CustomParser = result => OneOf(result, "--fail-on", "a severity", [.. SeverityNames.All, "none"]) is var name && name == "none"
                ? new FailThreshold(null)
                : new FailThreshold(SeverityNames.Parse(name) ?? Severity.Error),
        };
        option.CompletionSources.Add([.. SeverityNames.All, "none"]);
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

    /// <summary>An option that takes one of a few words; another word is a parse error that lists them.</summary>
    public static Option<string> Choice(string name, string alias, string description, string what, string[] values)
    {
        var option = new Option<string>(name, alias)
        {
            Description = description,
            DefaultValueFactory = _ => values[0],
            CustomParser = result => OneOf(result, name, what, values) ?? values[0],
        };
        option.CompletionSources.Add(values);
        return option;
    }

    /// <summary>The option's value when it is one of <paramref name="values"/>; otherwise adds a parse error and returns null.</summary>
    private static string? OneOf(ArgumentResult result, string option, string what, string[] values)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (values.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        var hint = values.FirstOrDefault(known => value.Length > 0 && known.StartsWith(value, StringComparison.OrdinalIgnoreCase))
            ?? Rules.Suggestions.Closest(value, values);
        var list = string.Join(", ", values[..^1]) + " or " + values[^1];
        result.AddError($"{option} '{value}' is not {what}; use {list}" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
        return null;
    }

    public static Option<long?> MaxFileSize() => new("--max-file-size")
    {
        Description = "Refuse input files larger than this many megabytes, 1 to 2047 (default 100); standard input stops at it",
        CustomParser = result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var megabytes)
                && megabytes is >= 1 and <= MaxFileSizeLimit)
            {
                return megabytes;
            }

            var isWholeNumber = value.TrimStart('-').Length > 0 && value.TrimStart('-').All(char.IsAsciiDigit) && value.LastIndexOf('-') <= 0;
            result.AddError(isWholeNumber
                ? $"--max-file-size {value} is out of range; give a whole number of megabytes from 1 to {MaxFileSizeLimit}"
                : $"--max-file-size '{value}' is not a number of megabytes; give a whole number such as 100");
            return null;
        },
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

}
