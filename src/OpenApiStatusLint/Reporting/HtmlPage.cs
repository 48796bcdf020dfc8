using System.Security.Cryptography;
using System.Text;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The fixed parts of the HTML report: its style sheet and script (Reporting/Html, embedded), and
/// a Content-Security-Policy that allows exactly these two by their hashes and nothing else: no
/// request leaves the page, and a script smuggled in through the spec's text would not run even
/// if escaping ever failed.
/// </summary>
internal static class HtmlPage
{
    public static string Style { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Read(string name)
    {
        using var stream = typeof(HtmlPage).Assembly.GetManifestResourceStream("reporting/html/" + name)
            ?? throw new InvalidOperationException($"the HTML report's {name} is not embedded in the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
