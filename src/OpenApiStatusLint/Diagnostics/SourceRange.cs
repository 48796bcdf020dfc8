namespace OpenApiStatusLint.Diagnostics;

/// <summary>
/// A span of text in one file. Lines and columns are 1-based; columns count UTF-16 code units
/// (SARIF's default <c>utf16CodeUnits</c>). The end is exclusive.
/// </summary>
/// <param name="File">The file's full path.</param>
/// <param name="StartLine">First line, 1-based.</param>
/// <param name="StartColumn">First column, 1-based.</param>
/// <param name="EndLine">Last line, 1-based.</param>
/// <param name="EndColumn">Column just past the span, 1-based.</param>
public sealed record SourceRange(string File, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The first character of a file, used when nothing more precise is known.</summary>
    public static SourceRange StartOf(string file) => new(file, 1, 1, 1, 1);

    /// <summary>A zero-width range at one position.</summary>
    public static SourceRange At(string file, int line, int column) => new(file, line, column, line, column);
}
