using System.Text;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// A line-based unified diff (as <c>diff -u</c> and <c>git diff</c> print it), written here so
/// statuslint needs no diff package. Lines keep their own <c>\r</c>, so a CRLF file's patch still applies.
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
        var lines = new TextLines(oldText);
        var changes = Changes(lines, oldText.StartsWith('\uFEFF') ? 1 : 0, insertions);
        if (changes.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append(Paint(color, Bold, "--- " + oldLabel)).Append('\n');
        output.Append(Paint(color, Bold, "+++ " + newLabel)).Append('\n');

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
            output.Append(Paint(color, Cyan, $"@@ -{HeaderRange(start, oldCount)} +{HeaderRange(start + shift, newCount)} @@")).Append('\n');
            var line = start;
            for (var i = first; i <= last; i++)
            {
                for (; line < changes[i].OldStart; line++)
                {
                    WriteLine(output, ' ', lines[line], color);
                }

                for (; line < changes[i].OldEnd; line++)
                {
                    WriteLine(output, '-', lines[line], color);
                }

                foreach (var added in changes[i].Added)
                {
                    WriteLine(output, '+', added, color);
                }
            }

            for (; line < end; line++)
            {
                WriteLine(output, ' ', lines[line], color);
            }

            shift += hunkShift;
            first = last + 1;
        }

        return output.ToString();
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
                changes[^1] = new Change(changes[^1].OldStart, changes[^1].OldCount + change.OldCount, [.. changes[^1].Added, .. change.Added]);
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

    private static void WriteLine(StringBuilder output, char op, string line, bool color)
    {
        var text = op + line.TrimEnd('\n');
        output.Append(op switch
        {
            '-' => Paint(color, Red, text),
            '+' => Paint(color, Green, text),
            _ => text,
        }).Append('\n');
        if (!line.EndsWith('\n'))
        {
            output.Append("\\ No newline at end of file\n");
        }
    }

    /// <summary>A hunk's start and length as a header shows them: 1-based, or the line before when it is empty.</summary>
    private static string HeaderRange(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };

    /// <summary>Old lines [<paramref name="OldStart"/>, <see cref="OldEnd"/>) are replaced by <paramref name="Added"/>.</summary>
    private sealed record Change(int OldStart, int OldCount, List<string> Added)
    {
        public int OldEnd => OldStart + OldCount;
    }

    /// <summary>The diff from <paramref name="oldText"/> to <paramref name="newText"/>, or an empty string when they are equal.</summary>
    /// <param name="oldLabel">The name after <c>---</c>, such as <c>a/openapi.yaml</c>.</param>
    /// <param name="newLabel">The name after <c>+++</c>.</param>
    /// <param name="oldText">The text before.</param>
    /// <param name="newText">The text after.</param>
    /// <param name="color">Whether to colour it with ANSI escapes for a terminal.</param>
    /// <param name="context">Unchanged lines shown around each change.</param>
    /// <param name="insertions">
    /// When <paramref name="newText"/> is <paramref name="oldText"/> with these insertions, the
    /// lines between them are known to be equal, and only the lines they touch are compared (a
    /// fix of GitHub's spec inserts 20,000 lines; one comparison over the whole file took seconds
    /// and most of a gigabyte).
    /// </param>
    internal static string CreateByComparing(string oldLabel, string newLabel, string oldText, string newText, bool color = false, int context = 3, IReadOnlyList<InsertedText>? insertions = null)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText == newText)
        {
            return string.Empty;
        }

        var a = new TextLines(oldText);
        var b = new TextLines(newText);
        var script = (insertions is { Count: > 0 } ? ScriptAround(a, b, insertions) : null) ?? Script(a, b, 0, a.Count, 0, b.Count);
        var output = new StringBuilder();
        output.Append(Paint(color, Bold, "--- " + oldLabel)).Append('\n');
        output.Append(Paint(color, Bold, "+++ " + newLabel)).Append('\n');
        var index = 0;
        while (index < script.Count)
        {
            var firstChange = script.FindIndex(index, step => step.Op != ' ');
            if (firstChange < 0)
            {
                break;
            }

            var start = Math.Max(index, firstChange - context);
            var end = firstChange;

            // A hunk goes on while the next change is close enough for the contexts to touch.
            while (true)
            {
                var lastChange = end;
                while (end < script.Count && script[end].Op != ' ')
                {
                    lastChange = end++;
                }

                var next = script.FindIndex(end, step => step.Op != ' ');
                if (next < 0 || next - lastChange - 1 > 2 * context)
                {
                    end = Math.Min(script.Count, lastChange + 1 + context);
                    break;
                }

                end = next;
            }

            WriteHunk(output, script, a, b, start, end, color);
            index = end;
        }

        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<(char Op, int A, int B)> script, TextLines a, TextLines b, int start, int end, bool color)
    {
        var hunk = script.GetRange(start, end - start);
        var oldCount = hunk.Count(step => step.Op != '+');
        var newCount = hunk.Count(step => step.Op != '-');
        var firstOld = hunk.FindIndex(step => step.Op != '+');
        var firstNew = hunk.FindIndex(step => step.Op != '-');
        var oldStart = firstOld >= 0 && oldCount > 0 ? hunk[firstOld].A + 1 : hunk[0].A;
        var newStart = firstNew >= 0 && newCount > 0 ? hunk[firstNew].B + 1 : hunk[0].B;
        output.Append(Paint(color, Cyan, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@")).Append('\n');
        foreach (var (op, lineA, lineB) in hunk)
        {
            var line = op == '+' ? b[lineB] : a[lineA];
            var text = op + line.TrimEnd('\n');
            output.Append(op switch
            {
                '-' => Paint(color, Red, text),
                '+' => Paint(color, Green, text),
                _ => text,
            }).Append('\n');
            if (!line.EndsWith('\n'))
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{start},{count}";

    private static string Paint(bool color, string code, string text) => color ? code + text + Reset : text;

    /// <summary>
    /// The edit script when <paramref name="b"/> is <paramref name="a"/> with the insertions:
    /// unchanged lines between the insertions' lines, and <see cref="Script"/> over each group of
    /// touched lines. Null when the texts do not line up that way (then the whole texts are compared).
    /// </summary>
    private static List<(char Op, int A, int B)>? ScriptAround(TextLines a, TextLines b, IReadOnlyList<InsertedText> insertions)
    {
        // Old lines [Start, End) and how many line breaks the insertions in them add.
        var windows = new List<(int Start, int End, int AddedLines)>();
        foreach (var insertion in insertions.OrderBy(insertion => insertion.Line))
        {
            var line = Math.Clamp(insertion.Line - 1, 0, a.Count);
            var added = insertion.Text.Count(character => character == '\n');
            if (windows.Count > 0 && line <= windows[^1].End)
            {
                var last = windows[^1];
                windows[^1] = (last.Start, Math.Max(last.End, Math.Min(line + 1, a.Count)), last.AddedLines + added);
            }
            else
            {
                windows.Add((line, Math.Min(line + 1, a.Count), added));
            }
        }

        var script = new List<(char Op, int A, int B)>(b.Count);
        var (oldLine, newLine) = (0, 0);
        foreach (var (start, end, addedLines) in windows)
        {
            if (!Unchanged(start))
            {
                return null;
            }

            var newEnd = newLine + (end - start) + addedLines;
            if (newEnd > b.Count)
            {
                return null;
            }

            script.AddRange(Script(a, b, start, end, newLine, newEnd));
            (oldLine, newLine) = (end, newEnd);
        }

        return Unchanged(a.Count) && newLine == b.Count ? script : null;

        bool Unchanged(int until)
        {
            for (; oldLine < until; oldLine++, newLine++)
            {
                if (newLine >= b.Count || !a.Same(oldLine, b, newLine))
                {
                    return false;
                }

                script.Add((' ', oldLine, newLine));
            }

            return true;
        }
    }

    /// <summary>
    /// The edit script of lines [aStart, aEnd) of <paramref name="a"/> against [bStart, bEnd) of
    /// <paramref name="b"/> by Myers' O(ND) algorithm, after trimming the common head and tail. A
    /// fix changes few lines, so D is small and each step keeps only the 2d+1 diagonals it reached.
    /// </summary>
    private static List<(char Op, int A, int B)> Script(TextLines a, TextLines b, int aStart, int aEnd, int bStart, int bEnd)
    {
        var head = 0;
        while (aStart + head < aEnd && bStart + head < bEnd && a.Same(aStart + head, b, bStart + head))
        {
            head++;
        }

        var tail = 0;
        while (tail < aEnd - aStart - head && tail < bEnd - bStart - head && a.Same(aEnd - 1 - tail, b, bEnd - 1 - tail))
        {
            tail++;
        }

        var n = aEnd - aStart - head - tail;
        var m = bEnd - bStart - head - tail;
        var trace = new List<int[]>();
        var max = n + m;
        var v = new int[(2 * max) + 3];
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            var snapshot = new int[(2 * d) + 1];
            Array.Copy(v, max + 1 - d, snapshot, 0, snapshot.Length);
            trace.Add(snapshot);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[max + 1 + k - 1] < v[max + 1 + k + 1]) ? v[max + 1 + k + 1] : v[max + 1 + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a.Same(aStart + head + x, b, bStart + head + y))
                {
                    x++;
                    y++;
                }

                v[max + 1 + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        var middle = new List<(char, int, int)>();
        var (cx, cy) = (n, m);
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var snapshot = trace[d];
            int At(int k) => snapshot[k + d];
            var k = cx - cy;
            var previousK = k == -d || (k != d && At(k - 1) < At(k + 1)) ? k + 1 : k - 1;
            var previousX = At(previousK);
            var previousY = previousX - previousK;
            while (cx > previousX && cy > previousY)
            {
                cx--;
                cy--;
                middle.Add((' ', aStart + head + cx, bStart + head + cy));
            }

            if (cx == previousX)
            {
                middle.Add(('+', aStart + head + cx, bStart + head + previousY));
            }
            else
            {
                middle.Add(('-', aStart + head + previousX, bStart + head + cy));
            }

            (cx, cy) = (previousX, previousY);
        }

        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            middle.Add((' ', aStart + head + cx, bStart + head + cy));
        }

        middle.Reverse();
        var script = new List<(char Op, int A, int B)>();
        for (var i = 0; i < head; i++)
        {
            script.Add((' ', aStart + i, bStart + i));
        }

        script.AddRange(middle);
        for (var i = 0; i < tail; i++)
        {
            script.Add((' ', aEnd - tail + i, bEnd - tail + i));
        }

        return script;
    }
}
