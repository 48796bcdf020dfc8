using System.Reflection;
using System.Text;
using CsCheck;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Fixes.Properties;
using OpenApiStatusLint.Tests.Support;
using Xunit.Abstractions;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>Throwaway: the diff read off the insertions against the old Myers diff, on every case at hand.</summary>
public class DiffOracleCheck(ITestOutputHelper output)
{
    private int cases;
    private int matched;
    private readonly List<string> mismatches = [];

    [Fact]
    public void Insertion_diff_matches_the_myers_diff_everywhere()
    {
        // The golden cases.
        var golden = (Dictionary<string, SuggestedFix[]>)typeof(GoldenFixTests).GetField("Cases", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        foreach (var (sample, fixes) in golden)
        {
            Compare("golden " + sample, FixHarness.Apply(Repo.Sample("fix/" + sample), fixes));
        }

        var goldenCount = cases;

        // Every sample the fixer can read, fixed as `statuslint fix` would.
        foreach (var file in Directory.EnumerateFiles(Repo.Sample(""), "*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".yaml") || f.EndsWith(".yml") || f.EndsWith(".json")) && !f.Contains("expected"))
                     .Order(StringComparer.Ordinal))
        {
            var report = new StatusFixer(new LintOptions { MaxParallelism = 1 }).FixFile(file);
            if (!report.InputFailed)
            {
                Compare("sample " + Path.GetRelativePath(Repo.Root, file), report.Result);
            }
        }

        var sampleCount = cases - goldenCount;

        // The property tests' generated documents.
        Gen.Select(GeneratedSpecs.Spec, GeneratedSpecs.Style).Sample(
            (spec, style) =>
            {
                using var folder = new TempFolder();
                var file = folder.WriteBytes(style.FileName, style.Render(spec.ToJson()));
                var report = new StatusFixer(new LintOptions { MaxParallelism = 1 }).FixFile(file);
                Compare("generated " + style, report.Result);
            },
            iter: 1000,
            threads: 1);

        var generatedCount = cases - goldenCount - sampleCount;

        // Random insertions into random lines, including ones that copy the lines around them.
        var random = new Random(7);
        string[] pieces = ["a", "}", "  x", "", "b: 1", "{c: 2}"];
        for (var round = 0; round < 3000; round++)
        {
            var oldText = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(8) == 0 ? "\r\n" : "\n")));
            if (random.Next(4) == 0 && oldText.Length > 0)
            {
                oldText = oldText.TrimEnd('\n');
            }

            var source = SourceFileFor(oldText);
            var insertions = new List<(int Offset, string Text)>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var offset = random.Next(oldText.Length + 1);
                if (offset > 0 && offset < oldText.Length && oldText[offset - 1] == '\r')
                {
                    continue;
                }

                var text = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => (random.Next(2) == 0 ? "\n" : "") + pieces[random.Next(pieces.Length)])) + (random.Next(2) == 0 ? "\n" : "");
                insertions.Add((offset, text));
            }

            var ordered = insertions.GroupBy(i => i.Offset).OrderBy(g => g.Key)
                .Select(g => new InsertedText(source.LineOf(g.Key) + 1, g.Key - source.LineStart(source.LineOf(g.Key)) + 1, string.Concat(g.Select(i => i.Text))))
                .ToList();
            var builder = new StringBuilder();
            var position = 0;
            foreach (var group in insertions.GroupBy(i => i.Offset).OrderBy(g => g.Key))
            {
                builder.Append(oldText, position, group.Key - position).Append(string.Concat(group.Select(i => i.Text)));
                position = group.Key;
            }

            builder.Append(oldText, position, oldText.Length - position);
            CompareTexts("random " + round, oldText, builder.ToString(), ordered);
        }

        var randomCount = cases - goldenCount - sampleCount - generatedCount;
        output.WriteLine($"golden {goldenCount}, samples {sampleCount}, generated {generatedCount}, random {randomCount}: {matched} of {cases} matched");
        foreach (var mismatch in mismatches.Take(5))
        {
            output.WriteLine(mismatch);
        }

        File.WriteAllText("/tmp/diff-oracle.txt", $"golden {goldenCount}, samples {sampleCount}, generated {generatedCount}, random {randomCount}: {matched} of {cases} matched\n" + string.Join("\n=====\n", mismatches.Take(20)));
        mismatches.Where(m => !m.StartsWith("random")).Should().BeEmpty();
    }

    private static SourceFile SourceFileFor(string text) => SourceFile.From("x.yaml", Encoding.UTF8.GetBytes(text));

    private void Compare(string name, FixResult result)
    {
        foreach (var change in result.Files)
        {
            var before = Decode(change.Original);
            var after = Decode(change.Fixed);
            CompareTexts(name + " " + Path.GetFileName(change.File), before, after, change.Insertions);
        }
    }

    private void CompareTexts(string name, string before, string after, IReadOnlyList<InsertedText> insertions)
    {
        foreach (var color in new[] { false, true })
        {
            cases++;
            var old = UnifiedDiff.CreateByComparing("a/f", "b/f", before, after, color, insertions: insertions);
            var ours = UnifiedDiff.Create("a/f", "b/f", before, insertions, color);
            if (old == ours)
            {
                matched++;
            }
            else
            {
                mismatches.Add($"{name} color {color}\n--- old text\n{before}\n--- insertions\n{string.Join("\n", insertions)}\n--- myers\n{old}\n--- ours\n{ours}");
            }
        }
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
}
