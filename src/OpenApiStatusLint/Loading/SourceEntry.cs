using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Where one node of the document is written. <see cref="Key"/> is the member's key (or the item
/// itself inside an array); <see cref="Value"/> spans the value, from its first to just past its last character.
/// </summary>
public readonly record struct SourceEntry(string File, SourceSpan Key, SourceSpan Value)
{
    /// <summary>The key as a range, the usual place to report a finding.</summary>
    public SourceRange KeyRange => new(File, Key.Line, Key.Column, Key.EndLine, Key.EndColumn);

    /// <summary>The value as a range.</summary>
    public SourceRange ValueRange => new(File, Value.Line, Value.Column, Value.EndLine, Value.EndColumn);
}
