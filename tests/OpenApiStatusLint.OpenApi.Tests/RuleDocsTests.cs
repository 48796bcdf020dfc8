using System.Text.RegularExpressions;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.OpenApi.Tests.Support;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>
/// Every rule of the <c>openapi</c> pack has a page under rules/docs, in the standard structure of
/// rule pages, and its examples do what it says (as the library's RuleDocsTests check for the packs in rules/*.yaml).
/// </summary>
public partial class RuleDocsTests
{
    private const string Marker = "# expected finding";

    private static readonly string[] Sections = ["## What it checks", "## Why", "## Failing example", "## Passing example", "## Fix"];

    public static TheoryData<string> RuleIds() => new(new OpenApiStructureCheck().Rules.Select(rule => rule.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_has_the_standard_structure(string id)
    {
        var page = RuleDocumentation.For(id);

        page.Should().NotBeNullOrWhiteSpace($"rules/docs/{id}.md must exist and be embedded");
        var lines = Lines(page);
        lines[0].Should().Be($"# {id}");
        lines[1].Should().BeEmpty();
        lines[2].Should().MatchRegex($@"^\S.*   \(pack: `{OpenApiStructureCheck.PackName}`, default severity: `warning`, fixable: no\)$");
        lines.Where(line => line.StartsWith("## ", StringComparison.Ordinal)).Should().Equal(Sections);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_failing_example_fires_the_rule_once_on_the_marked_line(string id)
    {
        var example = YamlBlock(RuleDocumentation.For(id), "## Failing example");
        var marked = Lines(example).Select((line, index) => (line, number: index + 1)).Where(pair => pair.line.TrimEnd().EndsWith(Marker, StringComparison.Ordinal)).ToList();

        var findings = Lint(id, example);

        var line = marked.Should().ContainSingle().Subject.number;
        findings.Should().ContainSingle().Which.Location.StartLine.Should().Be(line);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_passing_example_does_not_fire_the_rule(string id) =>
        Lint(id, YamlBlock(RuleDocumentation.For(id), "## Passing example")).Should().BeEmpty();

    private static List<Diagnostics.Diagnostic> Lint(string id, string yaml)
    {
        using var folder = new TempFolder();
        var options = new LintOptions { Packs = [OpenApiStructureCheck.PackName], DocumentChecks = [new OpenApiStructureCheck()] };
        var report = new StatusLinter(options).LintFile(folder.Write("api.yaml", yaml));
        report.InputFailed.Should().BeFalse();
        return report.Diagnostics.Where(d => d.RuleId == id).ToList();
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static string YamlBlock(string page, string heading)
    {
        var text = page.ReplaceLineEndings("\n");
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the page has '{heading}'");
        return YamlFence().Match(text, start).Groups[1].Value;
    }

    [GeneratedRegex(@"^```yaml\n(.*?\n)```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlFence();
}
