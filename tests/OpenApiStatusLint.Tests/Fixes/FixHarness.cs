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
    /// Applies the fixes, writes the files, and asserts every invariant of <see cref="FixInvariants"/>
    /// (only insertions, loads with nothing new wrong, fixing again changes nothing).
    /// </summary>
    public static FixResult FixAndCheck(string rootFile, IReadOnlyList<SuggestedFix> fixes)
    {
        // The http pack is enough to see the inserted $refs resolve (its model reports the ones that do not).
        var check = FixInvariants.Check(rootFile, new LintOptions { Packs = ["http"] }, fixes);
        check.Unreadable.Should().BeNull();
        check.Violations.Should().BeEmpty();
        return check.Result!;
    }
}
