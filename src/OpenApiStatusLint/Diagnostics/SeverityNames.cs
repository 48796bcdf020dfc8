namespace OpenApiStatusLint.Diagnostics;

/// <summary>Severities as output, packs and configuration spell them.</summary>
public static class SeverityNames
{
    /// <summary><c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
