namespace OpenApiStatusLint.Fixes;

/// <summary>Text a fix inserts before a position of the original file (1-based line, UTF-16 column).</summary>
/// <param name="Line">The line of the original text where the insertion goes.</param>
/// <param name="Column">The column it goes before.</param>
/// <param name="Text">What is inserted.</param>
public sealed record InsertedText(int Line, int Column, string Text);
