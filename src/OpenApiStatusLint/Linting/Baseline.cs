using System.Buffers;
using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Reporting;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Today's findings, accepted, so that a legacy spec can adopt the linter and fail only on new
/// ones. Entries are matched by file, rule and pointer; each entry accepts one finding.
/// </summary>
public sealed class Baseline
{
    /// <summary>The line of the first entry in a file that <see cref="Write"/> wrote.</summary>
    internal const int FirstEntryLine = 5;

    private Baseline(string path, IReadOnlyList<BaselineEntry> entries)
    {
        Path = path;
        Entries = entries;
    }

    /// <summary>The baseline file.</summary>
    public string Path { get; }

    /// <summary>The accepted findings.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Reads a baseline file; a malformed one is a <see cref="ConfigException"/>.</summary>
    public static Baseline Load(string path)
    {
        var file = System.IO.Path.GetFullPath(path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var entries = document.RootElement.GetProperty("entries").EnumerateArray()
                .Select(item => new BaselineEntry(
                    item.GetProperty("file").GetString()!,
                    item.GetProperty("rule").GetString()!,
                    item.GetProperty("pointer").GetString()!))
                .ToList();
            return new Baseline(file, entries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException("cannot read the baseline: " + exception.Message, SourceRange.StartOf(file));
        }
        catch (JsonException exception)
        {
            throw new ConfigException("the baseline is not valid JSON: " + exception.Message, SourceRange.At(file, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1));
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
        {
            throw new ConfigException("the baseline is not a statuslint baseline (it needs entries with file, rule and pointer)", SourceRange.StartOf(file));
        }
    }

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
