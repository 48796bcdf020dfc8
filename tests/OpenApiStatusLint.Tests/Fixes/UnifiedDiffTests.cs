using System.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

public class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_give_no_diff()
    {
        UnifiedDiff.Create("a", "b", "x\ny\n", "x\ny\n").Should().BeEmpty();
    }

    [Fact]
    public void An_insertion_is_shown_with_three_lines_of_context()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nnew\n5\n6\n7\n8\n");

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n");
    }

    [Fact]
    public void With_the_insertions_known_an_insertion_among_equal_lines_is_shown_where_it_was_made()
    {
        // Without the insertions, any of the three closing braces could be the new one.
        const string before = "a\n}\n}\n}\nb\n";
        const string after = "a\n}\n}\n  x\n}\n}\nb\n";

        var diff = UnifiedDiff.Create("a/f", "b/f", before, after, insertions: [new InsertedText(4, 1, "  x\n}\n")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,5 +1,7 @@\n a\n }\n }\n+  x\n+}\n }\n b\n");
    }

    [Fact]
    public void Insertions_that_do_not_match_the_texts_fall_back_to_comparing_them_whole()
    {
        var hinted = UnifiedDiff.Create("a/f", "b/f", "1\n2\n3\n", "1\nnew\n2\n3\n", insertions: [new InsertedText(3, 1, "other\n")]);

        hinted.Should().Be(UnifiedDiff.Create("a/f", "b/f", "1\n2\n3\n", "1\nnew\n2\n3\n"));
    }

    [Fact]
    public void A_missing_final_newline_is_marked()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "1\n2", "1\n2\n3");

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n 1\n-2\n\\ No newline at end of file\n+2\n+3\n\\ No newline at end of file\n");
    }

    [Fact]
    public void Colour_marks_added_lines_green()
    {
        UnifiedDiff.Create("a", "b", "x\n", "x\ny\n", color: true).Should().Contain("\u001b[32m+y\u001b[0m");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Hunks_match_what_diff_u_prints(int seed)
    {
        var random = new Random(seed);
        var old = Enumerable.Range(0, 60).Select(i => $"line {i}").ToList();
        var changed = old.ToList();
        for (var edit = 0; edit < 6; edit++)
        {
            var at = random.Next(changed.Count);
            if (random.Next(3) == 0)
            {
                changed.RemoveAt(at);
            }
            else
            {
                changed.Insert(at, $"new {edit}");
            }
        }

        using var folder = new TempFolder();
        var oldText = string.Join("\n", old) + "\n";
        var newText = string.Join("\n", changed) + "\n";
        var a = folder.Write("a.txt", oldText);
        var b = folder.Write("b.txt", newText);
        var expected = GnuDiff(a, b);
        if (expected is null)
        {
            return;
        }

        var ours = UnifiedDiff.Create("a", "b", oldText, newText);
        Patch(oldText, ours, folder).Should().Be(newText);
        Patch(oldText, expected, folder).Should().Be(newText);
    }

    private static string? GnuDiff(string a, string b)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("diff", ["-u", a, b]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string Patch(string oldText, string diff, TempFolder folder)
    {
        var target = folder.Write("target.txt", oldText);
        var patchFile = folder.Write("change.diff", diff);
        using var process = Process.Start(new ProcessStartInfo("patch", ["-s", target, patchFile]) { RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return File.ReadAllText(target);
    }
}
