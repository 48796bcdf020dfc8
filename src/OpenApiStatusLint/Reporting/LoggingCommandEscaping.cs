namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Escaping for Azure Pipelines logging commands, exactly as <c>azure-pipelines-task-lib</c> does
/// it (<c>escapedata</c> and <c>escape</c> in its <c>taskcommand.ts</c>), so that the agent decodes
/// our text back to what we meant. <c>%</c> becomes <c>%AZP25</c>, which agents since 2.184 decode
/// by default; a plain <c>%25</c> would be left as it is.
/// </summary>
public static class LoggingCommandEscaping
{
    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string Data(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // '%' first, or the '%' of the other escapes would be escaped again.
        return value
            .Replace("%", "%AZP25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value: as <see cref="Data"/>, plus <c>]</c>, which ends the properties, and <c>;</c>, which separates them.</summary>
    public static string Property(string value) =>
        Data(value)
            .Replace("]", "%5D", StringComparison.Ordinal)
            .Replace(";", "%3B", StringComparison.Ordinal);
}
