using System.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

public class UnifiedDiffTests
{
    [Fact]
    public void No_insertions_give_no_diff()
    {
        UnifiedDiff.Create("a", "b", "x\ny\n", []).Should().BeEmpty();
    }

    [Fact]
    public void An_insertion_is_shown_with_three_lines_of_context()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "1\n2\n3\n4\n5\n6\n7\n8\n", [new InsertedText(5, 1, "new\n")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n");
    }

    [Fact]
    public void An_insertion_among_equal_lines_is_shown_where_it_was_made()
    {
        // Comparing the texts, any of the three closing braces could be the new one.
        var diff = UnifiedDiff.Create("a/f", "b/f", "a\n}\n}\n}\nb\n", [new InsertedText(4, 1, "  x\n}\n")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,5 +1,7 @@\n a\n }\n }\n+  x\n+}\n }\n b\n");
    }

    [Fact]
    public void An_insertion_inside_a_line_shows_the_old_line_removed_and_the_new_one_added()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "x:\n  r: {a: 1}\ny: 2\n", [new InsertedText(2, 11, ", b: 2")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n x:\n-  r: {a: 1}\n+  r: {a: 1, b: 2}\n y: 2\n");
    }

    [Fact]
    public void A_line_an_insertion_splits_that_comes_out_as_it_was_stays_context()
    {
        // A JSON member after the last one: the comma goes after its brace, and the old brace line closes the new member.
        var diff = UnifiedDiff.Create("a/f", "b/f", "{\n  \"a\": {\n  }\n}\n", [new InsertedText(3, 4, ",\n  \"b\": {\n  }")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,4 +1,6 @@\n {\n   \"a\": {\n+  },\n+  \"b\": {\n   }\n }\n");
    }

    [Fact]
    public void Changes_whose_contexts_touch_share_a_hunk()
    {
        var text = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n"));

        var close = UnifiedDiff.Create("a/f", "b/f", text, [new InsertedText(5, 1, "x\n"), new InsertedText(11, 1, "y\n")]);
        var apart = UnifiedDiff.Create("a/f", "b/f", text, [new InsertedText(5, 1, "x\n"), new InsertedText(12, 1, "y\n")]);

        close.Split('\n').Where(line => line.StartsWith("@@")).Should().Equal("@@ -2,12 +2,14 @@");
        apart.Split('\n').Where(line => line.StartsWith("@@")).Should().Equal("@@ -2,6 +2,7 @@", "@@ -9,6 +10,7 @@");
    }

    [Fact]
    public void Lines_added_at_the_end_follow_the_last_line()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "1\n2\n", [new InsertedText(3, 1, "3\n")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n 1\n 2\n+3\n");
    }

    [Fact]
    public void An_empty_file_gets_a_hunk_from_line_zero()
    {
        UnifiedDiff.Create("a/f", "b/f", string.Empty, [new InsertedText(1, 1, "x\n")]).Should().Be("--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
    }

    [Fact]
    public void A_missing_final_newline_is_marked()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "1\n2", [new InsertedText(2, 2, "\n3")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n 1\n-2\n\\ No newline at end of file\n+2\n+3\n\\ No newline at end of file\n");
    }

    [Fact]
    public void Columns_of_the_first_line_do_not_count_a_byte_order_mark()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "\uFEFFa: {b: 1}\n", [new InsertedText(1, 9, ", c: 2")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-\uFEFFa: {b: 1}\n+\uFEFFa: {b: 1, c: 2}\n");
    }

    [Fact]
    public void A_crlf_line_keeps_its_carriage_return()
    {
        var diff = UnifiedDiff.Create("a/f", "b/f", "a\r\nb\r\n", [new InsertedText(2, 1, "x\r\n")]);

        diff.Should().Be("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\r\n+x\r\n b\r\n");
    }

    [Fact]
    public void Colour_paints_headers_and_added_and_removed_lines()
    {
        var diff = UnifiedDiff.Create("a", "b", "x\nr: {a: 1}\n", [new InsertedText(2, 1, "y\n"), new InsertedText(2, 9, ", b: 2")], color: true);

        diff.Should().Be(
            "\u001b[1m--- a\u001b[0m\n\u001b[1m+++ b\u001b[0m\n\u001b[36m@@ -1,2 +1,3 @@\u001b[0m\n x\n"
            + "\u001b[31m-r: {a: 1}\u001b[0m\n\u001b[32m+y\u001b[0m\n\u001b[32m+r: {a: 1, b: 2}\u001b[0m\n");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Patch_applies_the_diff_as_it_applies_what_diff_u_prints(int seed)
    {
        var random = new Random(seed);
        var old = Enumerable.Range(0, 60).Select(i => $"line {i}\n").ToList();
        var insertions = new List<InsertedText>();
        foreach (var line in Enumerable.Range(1, 61).OrderBy(_ => random.Next()).Take(6).Order())
        {
            // Whole lines before a line, or text inside one (as in a flow map).
            insertions.Add(random.Next(3) == 0 && line <= 60 ? new InsertedText(line, 5, $" new {line}") : new InsertedText(line, 1, $"new {line}\n"));
        }

        using var folder = new TempFolder();
        var oldText = string.Concat(old);
        var newText = string.Concat(old.Select((text, i) => insertions.FirstOrDefault(insertion => insertion.Line == i + 1) is { } insertion
            ? (insertion.Column == 1 ? insertion.Text + text : text[..4] + insertion.Text + text[4..])
            : text)) + string.Concat(insertions.Where(insertion => insertion.Line == 61).Select(insertion => insertion.Text));
        var expected = GnuDiff(folder.Write("a.txt", oldText), folder.Write("b.txt", newText));
        if (expected is null)
        {
            return;
        }

        var ours = UnifiedDiff.Create("a", "b", oldText, insertions);
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
