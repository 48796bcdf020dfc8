namespace OpenApiStatusLint.Cli;

/// <summary>
/// Whether standard output gets colour: <c>--color always</c> or <c>never</c> decide; in <c>auto</c>
/// (the default) <c>FORCE_COLOR</c> decides when it is set (<c>0</c> or <c>false</c> mean no,
/// anything else yes, as Node and chalk read it, so colour survives a CI log or a pipe into
/// <c>less -R</c>), then <c>NO_COLOR</c> (set and not empty: no colour, no-color.org), then whether
/// standard output is a terminal.
/// </summary>
internal static class ColorMode
{
    public const string Auto = "auto";
    public const string Always = "always";
    public const string Never = "never";

    public static bool Resolve(string? mode, bool outputIsTerminal, Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        switch (mode)
        {
            case Always:
                return true;
            case Never:
                return false;
        }

        if (variable("FORCE_COLOR") is { Length: > 0 } force)
        {
            return force is not ("0" or "false");
        }

        return string.IsNullOrEmpty(variable("NO_COLOR")) && outputIsTerminal;
    }
}
