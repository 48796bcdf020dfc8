namespace OpenApiStatusLint.Diagnostics;

/// <summary>
/// One text edit of a fix: replace <paramref name="Range"/> (an empty range for a pure insertion)
/// with <paramref name="NewText"/>. The fix stage attaches these to a finding; reporters only copy them.
/// </summary>
/// <param name="Range">The text replaced; start equals end for an insertion.</param>
/// <param name="NewText">The new text.</param>
public sealed record FixEdit(SourceRange Range, string NewText);
