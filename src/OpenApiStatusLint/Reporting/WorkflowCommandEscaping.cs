namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Escaping for GitHub Actions workflow commands, exactly as <c>@actions/core</c> does it
/// (<c>escapeData</c> and <c>escapeProperty</c> in its <c>command.ts</c>), so that the runner
/// decodes our text back to what we meant.
/// </summary>
public static class WorkflowCommandEscaping
{
    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string Data(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // '%' first, or the '%' of the other escapes would be escaped again.
        return value
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value: as <see cref="Data"/>, plus <c>:</c> and <c>,</c>, which separate properties.</summary>
    public static string Property(string value) =>
        Data(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
