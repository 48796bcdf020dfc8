namespace OpenApiStatusLint.Loading;

/// <summary>A 1-based line/column span inside one file; the end column is exclusive.</summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn);
