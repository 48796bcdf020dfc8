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

    /// <summary>
    /// The text insertions of every planned addition, by file (root file first), each file's
    /// without repeats: the same external map reached through two <c>$ref</c>s gets the same
    /// insertion twice, and once is enough.
    /// </summary>
    internal static List<(SourceFile File, List<TextInsertion> Insertions)> Insertions(LoadedDocument document, FixPlanner planner, MapPlacement placement)
    {
        var sources = new Dictionary<string, (SourceFile File, List<TextInsertion> Insertions)>(StringComparer.Ordinal);
        var sequence = 0;
        foreach (var addition in planner.Additions)
        {
            if (!sources.TryGetValue(addition.File, out var source))
            {
                source = sources[addition.File] = (placement.FileOf(addition.File), []);
            }

            source.Insertions.AddRange(MapPatcher.Insert(source.File, addition, planner.MapOf(addition), () => sequence++));
        }

        return sources.OrderBy(pair => pair.Key == document.File ? 0 : 1).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Value.File, pair.Value.Insertions.DistinctBy(insertion => (insertion.Offset, insertion.Text)).ToList()))
            .Where(pair => pair.Item2.Count > 0)
            .ToList();
    }

    private static (List<FileChange> Files, string? Problem) Patch(LoadedDocument document, FixPlanner planner, MapPlacement placement)
    {
        var changes = new List<FileChange>();
        foreach (var (file, distinct) in Insertions(document, planner, placement))
        {
            var path = file.Path;
            // JSON's check needs the fixed bytes only when it reads the whole text; a dry run then never makes them.
            byte[]? fixedBytes = null;
            if (file.Format == DocumentFormat.Json)
            {
                if (FixedJsonProblem(file, distinct, out fixedBytes) is { } jsonProblem)
                {
                    return ([], jsonProblem);
                }
            }
            else
            {
                try
                {
                    // YAML is read again whole: what a line means depends on the indentation, flow
                    // context and block scalars around it, far beyond the inserted lines, and the
                    // flow style can be misread (found by fuzz/run.sh on mangled flow maps): a member
                    // that does not land in its map would make a file that says something else.
                    fixedBytes = file.Apply(distinct);
                    if (MisplacedMember(SourceReader.Parse(path, fixedBytes, LoadOptions.Default).Root, document, planner, path) is { } misplaced)
                    {
                        return ([], $"the fixed text would not have {misplaced} where it belongs; please report this");
                    }
                }
                catch (SourceParseException exception)
                {
                    return ([], NotParsed(exception));
                }
            }

            var descriptions = planner.Changes.Where(change => change.File == path).Select(change => change.Text).ToList();
            var ordered = TextInsertion.InWriteOrder(distinct)
                .GroupBy(i => i.Offset)
                .Select(group =>
                {
                    var (line, column) = file.Locate(group.Key);
                    return new InsertedText(line, column, string.Concat(group.Select(i => i.Text)));
                })
                .ToList();
            var change = fixedBytes is not null
                ? new FileChange(path, file.Original, fixedBytes, descriptions)
                : new FileChange(path, file.Original, () => file.Apply(distinct), descriptions);
            changes.Add(change with { Insertions = ordered, Source = file });
        }

        return (changes, null);
    }

    /// <summary>
    /// Why the fixed JSON text cannot be handed back (it would not parse, or would repeat a key), or
    /// null. Only the insertions can have broken it, so they are read in their places; the whole
    /// text is read only when that cannot prove it, and then gives the message.
    /// </summary>
    internal static string? FixedJsonProblem(SourceFile file, IReadOnlyList<TextInsertion> insertions, out byte[]? fixedBytes)
    {
        fixedBytes = null;
        if (JsonInsertionCheck.Holds(file, insertions))
        {
            return null;
        }

        try
        {
            fixedBytes = file.Apply(insertions);
            SourceReader.Check(file.Path, fixedBytes, LoadOptions.Default);
            return null;
        }
        catch (SourceParseException exception)
        {
            return NotParsed(exception);
        }
    }

    // Never hand back text that does not parse; only a fault of statuslint gets here.
    private static string NotParsed(SourceParseException exception) =>
        "the fixed text would not parse (" + exception.Message + "); please report this";

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
