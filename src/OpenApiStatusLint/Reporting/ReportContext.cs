namespace OpenApiStatusLint.Reporting;

/// <summary>What a reporter needs besides the findings.</summary>
/// <param name="BaseDirectory">Paths are shown relative to this folder.</param>
/// <param name="Color">Whether to use ANSI colours.</param>
public sealed record ReportContext(string BaseDirectory, bool Color = false);
