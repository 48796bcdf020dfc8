using System.Text;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The unified diff (as <c>diff -u</c> and <c>git diff</c> print it) of a fix, built from its
/// insertions: a fix only inserts, so which lines change is known and no two texts are compared
/// (a fix of GitHub's 13 MB spec inserts 20,000 lines). Lines keep their own <c>\r</c>, so a CRLF
/// file's patch still applies.
/// </summary>
public static class UnifiedDiff
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <summary>
    /// The diff that <paramref name="insertions"/> make to <paramref name="oldText"/>, read off the
    /// insertions themselves (a fix only inserts, so which lines changed is known and nothing is
    /// compared); an empty string when there are none.
    /// </summary>
    /// <param name="oldLabel">The name after <c>---</c>, such as <c>a/openapi.yaml</c>.</param>
    /// <param name="newLabel">The name after <c>+++</c>.</param>
    /// <param name="oldText">The text before, as decoded (a leading byte order mark is not counted in columns, as in <see cref="InsertedText"/>).</param>
    /// <param name="insertions">What goes where in <paramref name="oldText"/>; several at one position go in the order given.</param>
    /// <param name="color">Whether to colour it with ANSI escapes for a terminal.</param>
    /// <param name="context">Unchanged lines shown around each change.</param>
    public static string Create(string oldLabel, string newLabel, string oldText, IReadOnlyList<InsertedText> insertions, bool color = false, int context = 3)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(insertions);
        var output = new StringBuilder();
        Append(output, oldLabel, newLabel, new TextLines(oldText), oldText.StartsWith('\uFEFF') ? 1 : 0, insertions, color, context);
        return output.ToString();
    }

    /// <summary>
    /// Appends the diff to <paramref name="output"/> (nothing when there are no insertions), reading
    /// the old text through <paramref name="lines"/>: a fix already knows where its file's lines start.
    /// </summary>
    internal static void Append(StringBuilder output, string oldLabel, string newLabel, TextLines lines, int bomLength, IReadOnlyList<InsertedText> insertions, bool color, int context = 3)
    {
        var changes = Changes(lines, bomLength, insertions);
        if (changes.Count == 0)
        {
            return;
        }

        AppendPainted(output, color, Bold, "--- ", oldLabel);
        AppendPainted(output, color, Bold, "+++ ", newLabel);

        // Lines the changes before a hunk added, less those they removed: where the hunk starts in the new text.
        var shift = 0;
        for (var first = 0; first < changes.Count;)
        {
            // A hunk goes on while the next change is close enough for the contexts to touch.
            var last = first;
            while (last + 1 < changes.Count && changes[last + 1].OldStart - changes[last].OldEnd <= 2 * context)
            {
                last++;
            }

            var start = Math.Max(0, changes[first].OldStart - context);
            var end = Math.Min(lines.Count, changes[last].OldEnd + context);
            var hunkShift = 0;
            for (var i = first; i <= last; i++)
            {
                hunkShift += changes[i].Added.Count - changes[i].OldCount;
            }

            var oldCount = end - start;
            var newCount = oldCount + hunkShift;
            AppendHunkHeader(output, color, start, oldCount, start + shift, newCount);
            var line = start;
            for (var i = first; i <= last; i++)
            {
                for (; line < changes[i].OldStart; line++)
                {
                    WriteLine(output, ' ', lines.Span(line), color);
                }

                for (; line < changes[i].OldEnd; line++)
                {
                    WriteLine(output, '-', lines.Span(line), color);
                }

                foreach (var added in changes[i].Added)
                {
                    WriteLine(output, '+', added, color);
                }
            }

            for (; line < end; line++)
            {
                WriteLine(output, ' ', lines.Span(line), color);
            }

            shift += hunkShift;
            first = last + 1;
        }
    }

    /// <summary>
    /// What the insertions do, in order. Each line they touch becomes its text with the insertions
    /// in it: text inserted at the start of a line (or after the last) adds lines before it, text
    /// inserted inside a line (a flow map, a JSON member) replaces the line by its new lines. Lines
    /// that come out as they were stay context: first at the ends of each run of touched lines,
    /// then at the ends of each line's own new lines. Changes with no line between them are one
    /// change, its removed lines shown before its added ones.
    /// </summary>
    private static List<Change> Changes(TextLines lines, int bomLength, IReadOnlyList<InsertedText> insertions)
    {
        var changes = new List<Change>();
        var ordered = insertions.Where(insertion => insertion.Text.Length > 0).OrderBy(insertion => insertion.Line).ThenBy(insertion => insertion.Column).ToList();
        var run = new List<List<string>>();
        var runStart = 0;
        for (var index = 0; index < ordered.Count;)
        {
            // Past the last line is where text appended at the end goes.
            var line = LineIndex(ordered[index]);
            var lineText = line < lines.Count ? lines[line] : string.Empty;
            var newText = new StringBuilder();
            var taken = 0;
            for (; index < ordered.Count && LineIndex(ordered[index]) == line; index++)
            {
                var column = Math.Clamp(ordered[index].Column - 1 + (line == 0 ? bomLength : 0), taken, lineText.Length);
                newText.Append(lineText, taken, column - taken).Append(ordered[index].Text);
                taken = column;
            }

            newText.Append(lineText, taken, lineText.Length - taken);
            if (run.Count > 0 && runStart + run.Count != line)
            {
                AddRun(changes, lines, runStart, run);
                run.Clear();
            }

            runStart = run.Count == 0 ? line : runStart;
            run.Add(Split(newText.ToString()));
        }

        if (run.Count > 0)
        {
            AddRun(changes, lines, runStart, run);
        }

        return changes;

        int LineIndex(InsertedText insertion) => Math.Clamp(insertion.Line - 1, 0, lines.Count);
    }

    /// <summary>
    /// Old lines from <paramref name="start"/> on, one per entry of <paramref name="newLines"/>
    /// (the last may be the end of the text), become those new lines.
    /// </summary>
    private static void AddRun(List<Change> changes, TextLines lines, int start, List<List<string>> newLines)
    {
        var end = Math.Min(start + newLines.Count, lines.Count);
        var added = newLines.SelectMany(each => each).ToList();
        var head = 0;
        while (start + head < end && head < added.Count && lines.Is(start + head, added[head]))
        {
            head++;
        }

        var tail = 0;
        while (tail < end - start - head && tail < added.Count - head && lines.Is(end - 1 - tail, added[^(tail + 1)]))
        {
            tail++;
        }

        // Each line's new lines that are left; those of a line kept as context above go where it was.
        var first = 0;
        for (var i = 0; i < newLines.Count; i++)
        {
            var from = Math.Max(first, head);
            var to = Math.Min(first + newLines[i].Count, added.Count - tail);
            var left = from < to ? added[from..to] : [];
            var line = start + i;
            var change = line >= start + head && line < end - tail
                ? Trimmed(lines, line, left)
                : new Change(line < start + head ? start + head : end - tail, 0, left);
            if (changes.Count > 0 && changes[^1].OldEnd == change.OldStart)
            {
                // Added in place: a long run of touched lines must not copy its lines once per line.
                changes[^1].Added.AddRange(change.Added);
                changes[^1] = changes[^1] with { OldCount = changes[^1].OldCount + change.OldCount };
            }
            else if (change.OldCount > 0 || change.Added.Count > 0)
            {
                changes.Add(change);
            }

            first += newLines[i].Count;
        }
    }

    /// <summary>Old line <paramref name="line"/> becomes <paramref name="added"/>, less the lines at either end that are the old line as it was.</summary>
    private static Change Trimmed(TextLines lines, int line, List<string> added)
    {
        if (added.Count > 0 && lines.Is(line, added[0]))
        {
            return new Change(line + 1, 0, added[1..]);
        }

        if (added.Count > 0 && lines.Is(line, added[^1]))
        {
            return new Change(line, 0, added[..^1]);
        }

        return new Change(line, 1, added);
    }

    /// <summary>The lines of a text, each with its <c>\n</c> (the last one may have none).</summary>
    private static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    // Appended piece by piece: a large fix prints hundreds of thousands of lines, and a string
    // per line (and per painted line) was most of what the diff cost.
    private static void WriteLine(StringBuilder output, char op, ReadOnlySpan<char> line, bool color)
    {
        var content = line.TrimEnd('\n');
        var paint = op switch
        {
            '-' => Red,
            '+' => Green,
            _ => null,
        };
        if (color && paint is not null)
        {
            output.Append(paint).Append(op).Append(content).Append(Reset);
        }
        else
        {
            output.Append(op).Append(content);
        }

        output.Append('\n');
        if (!line.EndsWith('\n'))
        {
            output.Append("\\ No newline at end of file\n");
        }
    }

    private static void AppendPainted(StringBuilder output, bool color, string code, string prefix, string text)
    {
        if (color)
        {
            output.Append(code).Append(prefix).Append(text).Append(Reset);
        }
        else
        {
            output.Append(prefix).Append(text);
        }

        output.Append('\n');
    }

    /// <summary>A hunk's header, <c>@@ -start,count +start,count @@</c>, each range as <see cref="AppendRange"/> writes it.</summary>
    private static void AppendHunkHeader(StringBuilder output, bool color, int oldStart, int oldCount, int newStart, int newCount)
    {
        if (color)
        {
            output.Append(Cyan);
        }

        output.Append("@@ -");
        AppendRange(output, oldStart, oldCount);
        output.Append(" +");
        AppendRange(output, newStart, newCount);
        output.Append(" @@");
        if (color)
        {
            output.Append(Reset);
        }

        output.Append('\n');
    }

    /// <summary>A hunk's start and length as a header shows them: 1-based, or the line before when it is empty.</summary>
    private static void AppendRange(StringBuilder output, int start, int count)
    {
        switch (count)
        {
            case 0:
                output.Append(start).Append(",0");
                break;
            case 1:
                output.Append(start + 1);
                break;
            default:
                output.Append(start + 1).Append(',').Append(count);
                break;
        }
    }

    /// <summary>Old lines [<paramref name="OldStart"/>, <see cref="OldEnd"/>) are replaced by <paramref name="Added"/>.</summary>
    private sealed record Change(int OldStart, int OldCount, List<string> Added)
    {
        public int OldEnd => OldStart + OldCount;
    }
}
