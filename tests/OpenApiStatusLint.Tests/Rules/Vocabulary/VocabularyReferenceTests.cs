using System.Text.Json;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;
using Registry = OpenApiStatusLint.Rules.Vocabulary;

namespace OpenApiStatusLint.Tests.Rules.Vocabulary;

/// <summary>
/// rules/docs/vocabulary.md and schemas/rulepack.schema.json are written from the vocabulary
/// registry and kept current; each entry's example fires exactly where the page says. To
/// regenerate both files: <c>STATUSLINT_REGENERATE=1 dotnet test --filter VocabularyReferenceTests</c>.
/// </summary>
public class VocabularyReferenceTests
{
    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("STATUSLINT_REGENERATE") == "1";

    public static TheoryData<string> EntryNames()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Entries().Where(entry => entry.ReplacedBy is null))
        {
            data.Add(entry.Name + (entry is CheckEntry ? " (check)" : " (condition)"));
        }

        return data;
    }

    [Fact]
    public void The_reference_page_is_current()
    {
        var path = Path.Combine(Repo.Root, "rules", "docs", "vocabulary.md");
        var expected = VocabularyReference.Markdown();
        if (Regenerate)
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected, "rules/docs/vocabulary.md is written from the registry; regenerate it (see this test's summary)");
    }

    [Fact]
    public void The_json_schema_is_current_and_names_every_condition_and_check()
    {
        var path = Path.Combine(Repo.Root, "schemas", "rulepack.schema.json");
        var expected = VocabularyReference.JsonSchema();
        if (Regenerate)
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected, "schemas/rulepack.schema.json is written from the registry; regenerate it (see this test's summary)");
        using var schema = JsonDocument.Parse(expected);
        var defs = schema.RootElement.GetProperty("$defs");
        defs.GetProperty("conditions").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo(Registry.ConditionEntries.Select(entry => entry.Name));
        defs.GetProperty("check").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo(Registry.CheckEntries.Select(entry => entry.Name));
        defs.GetProperty("rule").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo(RulePackTreeReader.RuleKeys, "the schema allows exactly the keys the reader accepts");
    }

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Each_example_fires_once_on_the_marked_line(string entryName)
    {
        var entry = Find(entryName);
        var example = entry.Example;
        example.Should().NotBeNull($"{entryName} has an example on the reference page");
        var pack = PackLint.Read(PackLint.PackText(example!.Rule, example.Tables));
        pack.Notes.Should().BeEmpty("an example uses only current spellings");
        var page = VocabularyReference.Markdown();
        page.Should().Contain(example.Document, "the page shows the document the test lints");

        var findings = PackLint.Lint(pack, example.Document);

        var finding = findings.Should().ContainSingle($"the example of {entryName} fires exactly once").Subject;
        finding.Location.StartLine.Should().Be(PackLint.MarkedLine(example.Document), $"{entryName} lands on the marked line ({finding.Message})");
    }

    [Fact]
    public void The_built_in_packs_use_only_current_spellings()
    {
        RuleCatalog.All.SelectMany(pack => pack.Notes).Should().BeEmpty();
    }

    private static IEnumerable<VocabularyEntry> Entries() => Registry.ConditionEntries.Concat<VocabularyEntry>(Registry.CheckEntries);

    private static VocabularyEntry Find(string label)
    {
        var name = label[..label.IndexOf(' ', StringComparison.Ordinal)];
        return label.EndsWith("(check)", StringComparison.Ordinal) ? Registry.Checks[name] : Registry.Conditions[name];
    }
}
