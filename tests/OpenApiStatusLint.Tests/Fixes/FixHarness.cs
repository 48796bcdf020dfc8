using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>Runs the fix engine on files in a folder and checks the invariants every fix must keep.</summary>
internal static class FixHarness
{
    public static SuggestedFix Response(string operation, string code, bool withBody = true) =>
        new(FixKind.AddResponse, operation, code, WithBody: withBody);

    public static SuggestedFix Header(string response, string header = "Location") =>
        new(FixKind.AddResponseHeader, response, "201", header);

    public static FixResult Apply(string rootFile, IEnumerable<SuggestedFix> fixes)
    {
        var loaded = DocumentLoader.Load(rootFile);
        loaded.Failed.Should().BeFalse(string.Join("\n", loaded.Diagnostics.Select(d => d.Message)));
        return FixEngine.Apply(loaded.Document!, fixes);
    }

    /// <summary>Fixes one YAML or JSON text and returns the new text (checking every invariant on the way).</summary>
    public static string FixText(string text, params SuggestedFix[] fixes)
    {
        using var folder = new Support.TempFolder();
        var file = folder.Write(text.TrimStart().StartsWith('{') ? "openapi.json" : "openapi.yaml", text);
        var result = FixAndCheck(file, fixes);
        result.Skipped.Should().BeEmpty();
        return Encoding.UTF8.GetString(File.ReadAllBytes(file));
    }

    /// <summary>
    /// Applies the fixes, writes the files, and checks: only insertions (the original is a
    /// subsequence of the result), the result loads without errors, and fixing again changes nothing.
    /// </summary>
    public static FixResult FixAndCheck(string rootFile, IReadOnlyList<SuggestedFix> fixes)
    {
        var result = Apply(rootFile, fixes);
        foreach (var change in result.Files)
        {
            IsSubsequence(change.Original, change.Fixed).Should().BeTrue($"{change.File} must keep every original byte in order");
            File.WriteAllBytes(change.File, change.Fixed);
        }

        var reloaded = DocumentLoader.Load(rootFile);
        reloaded.Diagnostics.Where(d => d.Severity == Severity.Error).Should().BeEmpty();

        // Every inserted $ref must point to something (the linter's model reports the ones that do not).
        new StatusLinter(new LintOptions { Packs = ["http"] }).Lint(reloaded).Diagnostics
            .Should().NotContain(d => d.RuleId == InputRuleIds.UnresolvedReference || d.RuleId == InputRuleIds.InvalidStructure);
        var again = FixEngine.Apply(reloaded.Document!, fixes);
        again.Files.Should().BeEmpty("fixing twice changes nothing");
        return result;
    }

    public static bool IsSubsequence(byte[] original, byte[] changed)
    {
        var i = 0;
        for (var j = 0; j < changed.Length && i < original.Length; j++)
        {
            if (changed[j] == original[i])
            {
                i++;
            }
        }

        return i == original.Length;
    }
}
