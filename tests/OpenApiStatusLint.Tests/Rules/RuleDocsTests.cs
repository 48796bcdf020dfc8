using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.OpenApi;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules;

/// <summary>
/// Every rule has a page under rules/docs (SARIF help and <c>statuslint rules</c> show it), and the
/// page's examples do what it says: the failing one makes the rule fire once, on the marked line,
/// and the passing one does not.
/// </summary>
public partial class RuleDocsTests
{
    private const string Marker = "# expected finding";

    private static readonly string[] Sections = ["## What it checks", "## Why", "## Failing example", "## Passing example", "## Fix"];

    // The input and meta rules: statuslint checks them itself, so their pages have no examples to lint.
    private static readonly string[] InputIds = ToolRules.All.Select(rule => rule.Id).ToArray();

    // The rules of packs implemented in code (the openapi pack, in OpenApiStatusLint.OpenApi): their pages are checked by that package's tests.
    private static readonly IReadOnlyList<string> DocumentCheckIds = new OpenApiStructureCheck().Rules.Select(rule => rule.Id).ToList();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in AllRules())
        {
            data.Add(rule.Id);
        }

        return data;
    }

    public static TheoryData<string> InputPageIds() => new(InputIds);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_has_the_standard_structure(string id)
    {
        var rule = Find(id);
        var page = rule.Documentation;

        page.Should().NotBeNullOrWhiteSpace($"rules/docs/{id}.md must exist and be embedded");
        var lines = Lines(page);
        lines[0].Should().Be($"# {id}");
        lines[1].Should().BeEmpty();
        var fixable = rule.Fixable ? "yes" : "no";
        lines[2].Should().Be($"{rule.Summary.Trim()}   (pack: `{rule.Pack}`, default severity: `{rule.DefaultSeverity.Name()}`, fixable: {fixable})");
        SectionHeadings(lines).Should().Equal(Sections);
        foreach (var section in Sections)
        {
            Section(lines, section).Should().NotBeNullOrWhiteSpace($"{id}: '{section}' must have content");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_failing_example_fires_the_rule_once_on_the_marked_line(string id)
    {
        var rule = Find(id);
        var example = YamlBlock(Lines(rule.Documentation), "## Failing example");
        var marked = Lines(example)
            .Select((line, index) => (line, number: index + 1))
            .Where(pair => pair.line.TrimEnd().EndsWith(Marker, StringComparison.Ordinal))
            .Select(pair => pair.number)
            .ToList();
        marked.Should().ContainSingle($"the failing example of {id} marks exactly one line with '{Marker}'");

        var findings = Lint(rule, example);

        var finding = findings.Should().ContainSingle($"the failing example of {id} makes it fire exactly once").Subject;
        finding.Location.StartLine.Should().Be(marked[0], $"{id} lands on the line marked '{Marker}' ({finding.Message})");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_passing_example_does_not_fire_the_rule(string id)
    {
        var rule = Find(id);
        var example = YamlBlock(Lines(rule.Documentation), "## Passing example");
        example.Should().NotContain(Marker);

        Lint(rule, example).Should().BeEmpty($"the passing example of {id} is the corrected document");
    }

    [Theory]
    [MemberData(nameof(InputPageIds))]
    public void Each_input_problem_has_a_page_without_examples(string id)
    {
        var page = RuleDocumentation.For(id);

        page.Should().NotBeNullOrWhiteSpace($"rules/docs/{id}.md must exist and be embedded");
        var lines = Lines(page);
        lines[0].Should().Be($"# {id}");
        var rule = ToolRules.Find(id)!;
        lines[2].Should().Be($"{rule.Summary}   (pack: `{rule.Pack}`, default severity: `{rule.DefaultSeverity.Name()}`, fixable: no)");
        SectionHeadings(lines).Should().Equal("## What it checks", "## Why", "## Fix");
        page.Should().NotContain("```yaml");
        foreach (var section in new[] { "## What it checks", "## Why", "## Fix" })
        {
            Section(lines, section).Should().NotBeNullOrWhiteSpace($"{id}: '{section}' must have content");
        }
    }

    [Fact]
    public void Every_rule_has_a_page_and_every_page_belongs_to_a_rule_or_an_input_problem()
    {
        var pages = typeof(RuleDocumentation).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("rules/docs/", StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Select(name => name["rules/docs/".Length..^".md".Length])
            .ToList();
        // vocabulary.md is the reference for writing packs (VocabularyReferenceTests), not a rule's page.
        var onDisk = Directory.GetFiles(Path.Combine(Repo.Root, "rules", "docs"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "vocabulary")
            .ToList();
        var ruleIds = AllRules().Select(rule => rule.Id).ToList();

        onDisk.Should().BeEquivalentTo(pages, "every page in rules/docs is embedded in the library");
        pages.Should().Contain(ruleIds, "every rule of every pack has a page");
        pages.Should().Contain(InputIds, "every input problem has a page");
        pages.Should().Contain(DocumentCheckIds, "every rule of a pack implemented in code has a page");
        pages.Should().OnlyContain(page => ruleIds.Contains(page) || InputIds.Contains(page) || DocumentCheckIds.Contains(page), "a page names a rule or an input problem (no orphans)");
    }

    private static IEnumerable<Rule> AllRules() => RuleCatalog.All.SelectMany(pack => pack.Rules);

    private static Rule Find(string id) => AllRules().Single(rule => rule.Id == id);

    private static List<Diagnostic> Lint(Rule rule, string yaml)
    {
        using var folder = new TempFolder();
        var report = new StatusLinter(new LintOptions { Packs = [rule.Pack] }).LintFile(folder.Write("api.yaml", yaml));
        report.InputFailed.Should().BeFalse($"the examples of {rule.Id} are readable OpenAPI: {string.Join("; ", report.Diagnostics.Select(d => d.Message))}");
        return report.Diagnostics.Where(d => d.RuleId == rule.Id).ToList();
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static List<string> SectionHeadings(string[] lines) =>
        OutsideCodeBlocks(lines).Where(line => line.StartsWith("## ", StringComparison.Ordinal)).ToList();

    /// <summary>The lines that are not inside a fenced code block (a YAML example may hold a '#' comment).</summary>
    private static IEnumerable<string> OutsideCodeBlocks(string[] lines)
    {
        var inside = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inside = !inside;
                continue;
            }

            if (!inside)
            {
                yield return line;
            }
        }
    }

    /// <summary>The text between <paramref name="heading"/> and the next heading of its level.</summary>
    private static string Section(string[] lines, string heading)
    {
        var start = Array.IndexOf(lines, heading);
        start.Should().BeGreaterThanOrEqualTo(0, $"the page has '{heading}'");
        var end = start + 1;
        var inside = false;
        for (; end < lines.Length; end++)
        {
            if (lines[end].StartsWith("```", StringComparison.Ordinal))
            {
                inside = !inside;
            }
            else if (!inside && lines[end].StartsWith("## ", StringComparison.Ordinal))
            {
                break;
            }
        }

        return string.Join("\n", lines[(start + 1)..end]);
    }

    /// <summary>The one ```yaml block of a section, as a document.</summary>
    private static string YamlBlock(string[] lines, string heading)
    {
        var blocks = YamlFence().Matches(Section(lines, heading));
        blocks.Should().ContainSingle($"'{heading}' holds one ```yaml block");
        return blocks[0].Groups[1].Value;
    }

    [GeneratedRegex(@"^```yaml\n(.*?\n)```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlFence();
}
