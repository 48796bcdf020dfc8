using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;

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
    public static FixResult Apply(LoadedDocument document, IEnumerable<SuggestedFix> fixes, FixSettings? settings = null, IReadOnlyDictionary<string, byte[]>? contents = null) =>
        Apply(document, fixes, settings, contents, api: null);

    /// <summary>As the public <c>Apply</c>, given the model that lint built of <paramref name="document"/> (else it is built when needed).</summary>
    internal static FixResult Apply(LoadedDocument document, IEnumerable<SuggestedFix> fixes, FixSettings? settings, IReadOnlyDictionary<string, byte[]>? contents, ApiDescription? api)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fixes);
        // Every fix is planned once, in order; one that cannot be placed is collected with its
        // reason and leaves nothing of itself in the plan, so the others need no second plan.
        var placement = new MapPlacement(document, contents);
        var planner = new FixPlanner(document, settings ?? new FixSettings(), placement, api);
        var skipped = new List<SkippedFix>();
        var planned = new List<SuggestedFix>();
        foreach (var fix in fixes.Distinct())
        {
            if (planner.Add(fix) is { } skip)
            {
                skipped.Add(skip);
            }
            else
            {
                planned.Add(fix);
            }
        }

        var (files, problem) = Patch(document, planner, placement);
        if (problem is not null)
        {
            // Only a fault of statuslint gets here; rather than a partial fix, change nothing.
            skipped.AddRange(planned.Select(fix => new SkippedFix(fix, problem)));
            return new FixResult(document.File, [], [], skipped);
        }

        return new FixResult(document.File, files, planner.Additions.Where(a => a.Members.Count > 0).ToList(), skipped);
    }

    private static (List<FileChange> Files, string? Problem) Patch(LoadedDocument document, FixPlanner planner, MapPlacement placement)
    {
        var sources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        var insertions = new Dictionary<string, List<TextInsertion>>(StringComparer.Ordinal);
        var sequence = 0;
        foreach (var addition in planner.Additions)
        {
            if (!sources.TryGetValue(addition.File, out var file))
            {
                file = sources[addition.File] = placement.FileOf(addition.File);
                insertions[addition.File] = [];
            }

            insertions[addition.File].AddRange(MapPatcher.Insert(file, addition, planner.MapOf(addition), () => sequence++));
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
                if (file.Format == DocumentFormat.Json)
                {
                    // Syntax and duplicate keys are the check; JSON's grammar leaves no doubt where a member went.
                    // Only the insertions can have broken them, so they are read in their places; the whole
                    // text is read only when that cannot prove it (and then gives the message, if any).
                    if (!JsonInsertionCheck.Holds(file, distinct))
                    {
                        SourceReader.Check(path, fixedBytes, LoadOptions.Default);
                    }
                }
                else if (MisplacedMember(SourceReader.Parse(path, fixedBytes, LoadOptions.Default).Root, document, planner, path) is { } misplaced)
                {
                    // YAML's flow style can be misread (found by fuzz/run.sh on mangled flow maps):
                    // a member that does not land in its map would make a file that says something else.
                    return ([], $"the fixed text would not have {misplaced} where it belongs; please report this");
                }
            }
            catch (SourceParseException exception)
            {
                // Never hand back text that does not parse.
                return ([], "the fixed text would not parse (" + exception.Message + "); please report this");
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
            changes.Add(new FileChange(path, file.Original, fixedBytes, descriptions) { Insertions = ordered, Source = file });
        }

        return (changes, null);
    }

    /// <summary>
    /// The first planned member of <paramref name="path"/> (the document's own file, where pointers
    /// are paths in its tree) that the fixed text does not have in its map, as "pointer/key"; else null.
    /// </summary>
    private static string? MisplacedMember(SourceNode? fixedRoot, LoadedDocument document, FixPlanner planner, string path)
    {
        if (path != document.File)
        {
            return null;
        }

        foreach (var addition in planner.Additions.Where(addition => addition.File == path && addition.Members.Count > 0))
        {
            // Only a map that its pointer reaches directly (not through a $ref) can be found the same way again.
            if (!ReferenceEquals(NodeLookup.Resolve(document.Root, addition.Pointer), planner.MapOf(addition)))
            {
                continue;
            }

            var map = NodeLookup.Resolve(fixedRoot, addition.Pointer) as SourceObject;
            if (addition.Members.Select(member => member.Key).FirstOrDefault(key => map is null || !map.ContainsKey(key)) is { } missing)
            {
                return DocumentPointer.Append(addition.Pointer, missing);
            }
        }

        return null;
    }
}
