using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Today's findings, accepted, so that a legacy spec can adopt the linter and fail only on new
/// ones. Entries are matched by file, rule and pointer; each entry accepts one finding.
/// </summary>
public sealed class Baseline
{
    private Baseline(string path, IReadOnlyList<BaselineEntry> entries, IReadOnlyList<SourceRange> entryLocations)
    {
        Path = path;
        Entries = entries;
        EntryLocations = entryLocations;
    }

    /// <summary>The baseline file.</summary>
    public string Path { get; }

    /// <summary>The accepted findings.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Where each of <see cref="Entries"/> is written in the file, as read (a hand-edited file keeps its own lines).</summary>
    public IReadOnlyList<SourceRange> EntryLocations { get; }

    /// <summary>Reads a baseline file; a missing or malformed one is a located <paramref name="problem"/>, not an exception.</summary>
    public static bool TryLoad(string path, [NotNullWhen(true)] out Baseline? baseline, [NotNullWhen(false)] out LocatedProblem? problem)
    {
        var file = System.IO.Path.GetFullPath(path);
        baseline = null;
        // Only a regular file: a FIFO given as --baseline would block the open.
        var bytes = BoundedRead.RegularFile(file, LoadOptions.Default.MaxFileBytes, out var unreadable);
        if (bytes is null)
        {
            problem = new LocatedProblem($"cannot read the baseline: {unreadable}", SourceRange.StartOf(file));
            return false;
        }

        SourceNode? root;
        try
        {
            root = JsonSourceParser.Parse(file, bytes).Root;
        }
        catch (SourceParseException exception)
        {
            problem = new LocatedProblem("the baseline is not valid JSON: " + exception.Message, exception.Location);
            return false;
        }

        var entries = new List<BaselineEntry>();
        var locations = new List<SourceRange>();
        if (root?["entries"] is not SourceArray items)
        {
            problem = NotABaseline(root?.Range ?? SourceRange.StartOf(file));
            return false;
        }

        foreach (var item in items)
        {
            if (Text(item["file"]) is not { } entryFile || Text(item["rule"]) is not { } rule || Text(item["pointer"]) is not { } pointer)
            {
                problem = NotABaseline(item.Range);
                return false;
            }

            entries.Add(new BaselineEntry(entryFile, rule, pointer));
            locations.Add(SourceRange.At(file, item.Range.StartLine, item.Range.StartColumn));
        }

        baseline = new Baseline(file, entries, locations);
        problem = null;
        return true;
    }

    private static string? Text(SourceNode? node) => node is SourceScalar { Kind: ScalarKind.String } scalar ? scalar.Text : null;

    private static LocatedProblem NotABaseline(SourceRange location) =>
        new("the baseline is not a statuslint baseline (it needs entries with file, rule and pointer)", location);

    /// <summary>Writes the active findings of <paramref name="report"/> as a baseline at <paramref name="path"/>, one entry per line.</summary>
    public static int Write(LintReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var file = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(file)!;
        var entries = report.Diagnostics
            .Where(diagnostic => diagnostic.Suppression is null && diagnostic.RuleId != MetaRuleIds.StaleBaselineEntry)
            .Select(diagnostic => EntryFor(diagnostic, directory))
            .OrderBy(entry => entry.File, StringComparer.Ordinal)
            .ThenBy(entry => entry.Pointer, StringComparer.Ordinal)
            .ThenBy(entry => entry.Rule, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        text.Append("{\n  \"version\": 1,\n  \"tool\": \"statuslint\",\n  \"entries\": [\n");
        for (var index = 0; index < entries.Count; index++)
        {
            text.Append("    ").Append(EntryJson(entries[index]));
            text.Append(index + 1 < entries.Count ? ",\n" : "\n");
        }

        text.Append("  ]\n}\n");
        OutputFile.Write(file, Encoding.UTF8.GetBytes(text.ToString()));
        return entries.Count;
    }

    /// <summary>
    /// Marks findings the baseline accepts as <see cref="BaselineState.Unchanged"/> and the rest as
    /// <see cref="BaselineState.New"/>, and reports entries that matched nothing as notes.
    /// </summary>
    public LintReport Apply(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var matcher = new BaselineMatcher(this);
        var files = report.Files.Select(matcher.Mark).ToList();
        if (matcher.StaleEntries() is { } stale)
        {
            files.Add(stale);
        }

        return report with { Files = files };
    }

    // Utf8JsonWriter rather than JsonSerializer: no reflection, so the library stays trim- and AOT-safe.
    private static string EntryJson(BaselineEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("file", entry.File);
            writer.WriteString("rule", entry.Rule);
            writer.WriteString("pointer", entry.Pointer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static BaselineEntry EntryFor(Diagnostic diagnostic, string directory) =>
        new(DisplayPath.Of(diagnostic.Location.File, directory), diagnostic.RuleId, diagnostic.Pointer ?? diagnostic.Message);
}
