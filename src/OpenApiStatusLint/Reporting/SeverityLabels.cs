using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>The lower-case names of severities, which are also SARIF's <c>level</c> values (the same spelling as the rest of the output).</summary>
internal static class SeverityLabels
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
