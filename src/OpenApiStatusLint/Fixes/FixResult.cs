namespace OpenApiStatusLint.Fixes;

/// <summary>What <see cref="FixEngine"/> would change in one document.</summary>
/// <param name="RootFile">The full path of the document's root file.</param>
/// <param name="Files">One entry per file that changes, root file first.</param>
/// <param name="Additions">The same changes as new members per existing map (for an Overlay).</param>
/// <param name="Skipped">Fixes that were not applied, with the reason.</param>
public sealed record FixResult(string RootFile, IReadOnlyList<FileChange> Files, IReadOnlyList<PlannedAddition> Additions, IReadOnlyList<SkippedFix> Skipped)
{
    /// <summary>True when some file would change.</summary>
    public bool HasChanges => Files.Count > 0;
}
