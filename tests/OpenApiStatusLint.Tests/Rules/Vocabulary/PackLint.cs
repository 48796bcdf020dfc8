using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules.Vocabulary;

/// <summary>Lints a document with one pack written as text, as a team's rulesFiles would load it.</summary>
internal static class PackLint
{
    public const string Marker = VocabularyExample.Marker;

    public static RulePack Read(string yaml) => RulePackReader.Read("team.yaml", yaml);

    /// <summary>The findings of <paramref name="pack"/>'s rules alone on <paramref name="document"/>.</summary>
    public static List<Diagnostic> Lint(RulePack pack, string document)
    {
        using var folder = new TempFolder();
        var options = new LintOptions { Packs = [pack.Name], Settings = new LintSettings { RulePacks = [pack] } };
        var report = new StatusLinter(options).LintFile(folder.Write("api.yaml", document));
        report.InputFailed.Should().BeFalse($"the example document is readable OpenAPI: {string.Join("; ", report.Diagnostics.Select(d => d.Message))}");
        var ids = pack.Rules.Select(rule => rule.Id).ToHashSet();
        return report.Diagnostics.Where(d => ids.Contains(d.RuleId)).ToList();
    }

    /// <summary>The 1-based line of the one line marked <see cref="Marker"/>.</summary>
    public static int MarkedLine(string document)
    {
        var marked = document.ReplaceLineEndings("\n").Split('\n')
            .Select((line, index) => (line, number: index + 1))
            .Where(pair => pair.line.TrimEnd().EndsWith(Marker, StringComparison.Ordinal))
            .Select(pair => pair.number)
            .ToList();
        marked.Should().ContainSingle($"the example marks exactly one line with '{Marker}'");
        return marked[0];
    }

    /// <summary>A pack named <c>team</c> holding one rule (its YAML mapping) and, if given, tables.</summary>
    public static string PackText(string rule, string? tables = null)
    {
        var lines = rule.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select((line, index) => (index == 0 ? "  - " : "    ") + line);
        return "pack: team\n" + (tables is null ? string.Empty : "tables:\n" + tables) + "rules:\n" + string.Join("\n", lines) + "\n";
    }
}
