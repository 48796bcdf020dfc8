using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>ANSI colours, or plain text when colour is off.</summary>
internal sealed class AnsiStyle(bool enabled)
{
    /// <summary>True on a terminal that takes escape codes.</summary>
    public bool Enabled => enabled;

    public string Underline(string text) => Wrap("4", text);

    public string Dim(string text) => Wrap("2", text);

    public string Severity(Severity? severity, string text) => severity switch
    {
        Diagnostics.Severity.Error => Wrap("31", text),
        Diagnostics.Severity.Warning => Wrap("33", text),
        Diagnostics.Severity.Note => Wrap("36", text),
        _ => Wrap("32", text),
    };

    /// <summary>
    /// An OSC 8 hyperlink: the text shows as it is and the terminal opens the address on a click
    /// (terminals without OSC 8 show the text alone). Plain text when colour is off.
    /// </summary>
    public string Link(string text, Uri? address) =>
        enabled && address is not null ? $"\u001b]8;;{address.AbsoluteUri}\u001b\\{text}\u001b]8;;\u001b\\" : text;

    private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
