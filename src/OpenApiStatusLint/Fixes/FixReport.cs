using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Fixes;

/// <summary>What <see cref="StatusFixer"/> found and would change in one document; nothing is written until <see cref="Write"/>.</summary>
/// <param name="Lint">The findings before fixing (the fixes come from them).</param>
/// <param name="Result">The planned change: each file's original and fixed bytes and insertions, the Overlay additions, the fixes left out and why.</param>
public sealed record FixReport(FileReport Lint, FixResult Result)
{
    /// <summary>The document's root file (full path).</summary>
    public string File => Lint.File;

    /// <summary>True when the input could not be read; nothing is planned then.</summary>
    public bool InputFailed { get; init; }

    /// <summary>True when some file would change.</summary>
    public bool HasChanges => Result.HasChanges;

    /// <summary>Fixes that cannot be made, with the reason (the run should fail: something fixable stays unfixed).</summary>
    public IReadOnlyList<SkippedFix> Skipped => Result.Skipped;

    /// <summary>The planned insertions, by file (root file first): each a position of the original text and the text that goes there.</summary>
    public IReadOnlyList<(string File, IReadOnlyList<InsertedText> Insertions)> Insertions =>
        [.. Result.Files.Select(change => (change.File, change.Insertions))];

    /// <summary>The root file's text with the fixes applied (its text as read when nothing changes); null when the input could not be read.</summary>
    public string? FixedText
    {
        // Decoded when asked: the CLI prints a diff or writes bytes and never needs the whole text as a string.
        get => field ??= FixedBytes?.Invoke() is { } bytes ? Decode(bytes) : null;
        init;
    }

    /// <summary>Makes the root file's bytes with the fixes applied, from which <see cref="FixedText"/> is decoded when asked.</summary>
    internal Func<byte[]>? FixedBytes { get; init; }

    /// <summary>
    /// The change as a unified diff, one section per file, as <c>statuslint fix</c> prints it:
    /// files named <c>a/</c> and <c>b/</c> plus their path relative to <paramref name="baseDirectory"/>.
    /// Empty when nothing changes.
    /// </summary>
    public string Diff(string baseDirectory, bool color = false)
    {
        using var diff = new StringWriter();
        WriteDiff(diff, baseDirectory, color);
        return diff.ToString();
    }

    /// <summary>Writes <see cref="Diff"/> to <paramref name="output"/>, without making it one string (it is megabytes on a large spec).</summary>
    public void WriteDiff(TextWriter output, string baseDirectory, bool color = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var change in Result.Files)
        {
            // As git labels a file outside the repository: a/tmp/x.yaml, not a//tmp/x.yaml.
            var name = DisplayPath.Of(change.File, baseDirectory).TrimStart('/');
            if (change.Source is { HasBom: false } source)
            {
                // The text and line starts the fix placed its insertions with; nothing is decoded again.
                // A builder's chunks are small, and are written one by one.
                var diff = new StringBuilder();
                UnifiedDiff.Append(diff, "a/" + name, "b/" + name, source.Lines, bomLength: 0, change.Insertions, color);
                output.Write(diff);
            }
            else
            {
                output.Write(UnifiedDiff.Create("a/" + name, "b/" + name, Decode(change.Original), change.Insertions, color));
            }
        }
    }

    /// <summary>
    /// Writes the fixed files in place, atomically: all files of a multi-file document change
    /// together or not at all, root file first (it holds the shared responses the others refer
    /// to), and a file changed since it was read is not overwritten (<see cref="IOException"/>).
    /// </summary>
    public void Write() =>
        AtomicFile.WriteAll([.. Result.Files.Select(change => (change.File, change.Fixed, change.Original))]);

    internal static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
}
