using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Computes the text of a document with its suggested fixes applied. A fix only inserts text at
/// positions from the <see cref="SourceMap"/>; every other byte (comments, key order, quoting,
/// indentation, line endings, BOM, final newline) stays as it was. Nothing is written to disk here.
/// </summary>
public static class FixEngine
{
    /// <summary>Plans and applies <paramref name="fixes"/> to <paramref name="document"/> in memory.</summary>
    /// <param name="document">The document as loaded.</param>
    /// <param name="fixes">What the findings ask to insert.</param>
    /// <param name="settings">Names and body style of what is created (the config's <c>fix</c> section).</param>
    /// <param name="contents">
    /// The bytes of files whose text is not (yet) what is on disk, by full path: an editor's unsaved
    /// buffers, from which <paramref name="document"/> was loaded. Other files are read from disk.
    /// </param>
    public static FixResult Apply(LoadedDocument document, IEnumerable<SuggestedFix> fixes, FixSettings? settings = null, IReadOnlyDictionary<string, byte[]>? contents = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fixes);
        var active = fixes.Distinct().ToList();
        var skipped = new List<SkippedFix>();

        // A fix whose text cannot be placed safely is dropped and the rest is planned again, so
        // that a shared response is never created without the reference that needed it (or the reverse).
        while (true)
        {
            var planner = new FixPlanner(document, settings ?? new FixSettings());
            foreach (var fix in active.ToList())
            {
                try
                {
                    planner.Add(fix);
                }
                catch (FixException exception)
                {
                    skipped.Add(new SkippedFix(fix, exception.Message));
                    active.Remove(fix);
                }
            }

            var (files, failed, reason) = Patch(document, planner, contents);
            if (reason.Length == 0)
            {
                return new FixResult(document.File, files, planner.Additions.Where(a => a.Members.Count > 0).ToList(), skipped);
            }

            if (failed.Count == 0)
            {
                // Cannot tell which fix is at fault: change nothing.
                skipped.AddRange(active.Select(fix => new SkippedFix(fix, reason)));
                return new FixResult(document.File, [], [], skipped);
            }

            foreach (var fix in failed)
            {
                skipped.Add(new SkippedFix(fix, reason));
                active.Remove(fix);
            }
        }
    }

    private static (List<FileChange> Files, List<SuggestedFix> Failed, string Reason) Patch(LoadedDocument document, FixPlanner planner, IReadOnlyDictionary<string, byte[]>? contents)
    {
        var sources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var insertions = new Dictionary<string, List<TextInsertion>>(StringComparer.Ordinal);
        var sequence = 0;
        foreach (var addition in planner.Additions)
        {
            try
            {
                if (!sources.TryGetValue(addition.File, out var file))
                {
                    file = sources[addition.File] = contents is not null && contents.TryGetValue(addition.File, out var held)
                        ? SourceFile.From(addition.File, held)
                        : addition.File == document.File && !document.Content.IsEmpty
                        ? new SourceFile(addition.File, document.Content.ToArray())
                        : SourceFile.Read(addition.File);
                    insertions[addition.File] = [];
                }

                var existing = DocumentPointer.Resolve(document.Root, addition.Pointer) as SourceObject
                    ?? throw new FixException($"{addition.Pointer} is not a map");
                insertions[addition.File].AddRange(MapPatcher.Insert(file, addition, existing, () => sequence++));
            }
            catch (Exception exception) when (exception is FixException or IOException or UnauthorizedAccessException)
            {
                return ([], [.. planner.ContributorsOf(addition)], exception.Message);
            }
        }

        var changes = new List<FileChange>();
        foreach (var (path, file) in sources.OrderBy(pair => pair.Key == document.File ? 0 : 1).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            // The same external map reached through two $refs gets the same insertion twice; once is enough.
            var distinct = insertions[path].DistinctBy(insertion => (insertion.Offset, insertion.Text)).ToList();
            if (distinct.Count == 0)
            {
                continue;
            }

            var fixedBytes = file.Apply(distinct);
            try
            {
                // Syntax and duplicate keys are the check; no tree of the fixed text is needed for it.
                SourceReader.Check(path, fixedBytes, LoadOptions.Default);
            }
            catch (SourceParseException exception)
            {
                // Never hand back text that does not parse; drop the fixes for this file instead.
                var failed = planner.Additions.Where(a => a.File == path).SelectMany(planner.ContributorsOf).Distinct().ToList();
                return ([], failed, "the fixed text would not parse (" + exception.Message + "); please report this");
            }

            var descriptions = planner.Changes.Where(change => change.File == path).Select(change => change.Text).ToList();
            var ordered = distinct.OrderBy(i => i.Offset).ThenByDescending(i => i.Depth).ThenBy(i => i.Sequence)
                .GroupBy(i => i.Offset)
                .Select(group =>
                {
                    var line = file.LineOf(group.Key);
                    return new InsertedText(line + 1, group.Key - file.LineStart(line) + 1, string.Concat(group.Select(i => i.Text)));
                })
                .ToList();
            changes.Add(new FileChange(path, file.Original, fixedBytes, descriptions) { Insertions = ordered });
        }

        return (changes, [], string.Empty);
    }

}
