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
    public static string Create(string oldLabel, string newLabel, string oldText, string newText, bool color = false, int context = 3, IReadOnlyList<InsertedText>? insertions = null)
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
