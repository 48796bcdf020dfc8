namespace OpenApiStatusLint.Diagnostics;

/// <summary>
/// What a fixable finding asks to insert. Rules describe the fix in document terms (pointers, a
/// code, a header); <c>Fixes</c> turns it into text edits in the right file.
/// </summary>
/// <param name="Kind">What to insert.</param>
/// <param name="Pointer">
/// For <see cref="FixKind.AddResponse"/>, the operation (its <c>responses</c> may be missing);
/// for <see cref="FixKind.AddResponseHeader"/>, the response object that gets the header (the
/// <c>$ref</c> target when the response is shared).
/// </param>
/// <param name="Code">The status code concerned, such as <c>401</c>.</param>
/// <param name="Header">The header to add, for <see cref="FixKind.AddResponseHeader"/>.</param>
/// <param name="WithBody">Whether an inserted response carries the standard error body (the pack says 401 and 404 have none).</param>
public sealed record SuggestedFix(FixKind Kind, string Pointer, string Code, string? Header = null, bool WithBody = true);
