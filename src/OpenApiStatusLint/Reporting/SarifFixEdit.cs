using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// One text edit of a fix, as SARIF's <c>fixes[].artifactChanges[].replacements[]</c> needs it:
/// replace the text from start to end (1-based lines, UTF-16 columns, end exclusive; equal start
/// and end for a pure insertion) with <paramref name="InsertedText"/>.
/// </summary>
/// <param name="File">The full path of the file to edit.</param>
/// <param name="StartLine">First line of the replaced text.</param>
/// <param name="StartColumn">First column of the replaced text.</param>
/// <param name="EndLine">Line where the replaced text ends.</param>
/// <param name="EndColumn">Column just past the replaced text.</param>
/// <param name="InsertedText">The new text.</param>
public sealed record SarifFixEdit(string File, int StartLine, int StartColumn, int EndLine, int EndColumn, string InsertedText)
{
    /// <summary>
    /// The edits the fix stage attached to <paramref name="diagnostic"/> (<see cref="Diagnostic.Edits"/>);
    /// none for a suppressed or baselined finding, which no one is asked to fix.
    /// </summary>
    public static IEnumerable<SarifFixEdit> Of(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.IsActive
            ? diagnostic.Edits.Select(edit => new SarifFixEdit(edit.Range.File, edit.Range.StartLine, edit.Range.StartColumn, edit.Range.EndLine, edit.Range.EndColumn, edit.NewText))
            : [];
    }
}
