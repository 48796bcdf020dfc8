using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Tests.Rules.Level3;

/// <summary>How a path item declares its profiles in x-level3-profiles, and what a wrong declaration reports.</summary>
public class Level3DeclarationTests
{
    private const string Get = "    get:\n      responses:\n        '200': {description: ok, headers: {Allow: {schema: {type: string}}}}\n";
    private const string Delete = "    delete:\n      responses:\n        '204': {description: gone}\n";

    [Theory]
    [InlineData("[data]")]
    [InlineData("[Data]")]
    [InlineData("[NEXUS]")]
    [InlineData("['https://level3.rest/profiles/nexus']")]
    [InlineData("['http://level3.rest/profiles/nexus/']")]
    [InlineData("[nexus, 'https://level3.rest/profiles/mixins/entity']")]
    [InlineData("[nexus, 'http://level3.rest/profiles/mixin/entity']")]
    [InlineData("[nexus, 'https://level3.rest/patterns/list#list-resource']")]
    [InlineData("nexus")]
    public void Accepted_declarations_raise_nothing(string profiles)
    {
        var findings = Level3Case.Findings("level3-profiles-are-valid", Level3Case.Document(profiles, Get + Delete));

        findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("[nexus, entiti]", "- entiti", "unknown profile 'entiti'; did you mean 'entity'?")]
    [InlineData("['https://example.com/profiles/data']", "x-level3-profiles", "unknown profile 'https://example.com/profiles/data'")]
    [InlineData("[data, nexus]", "x-level3-profiles", "2 base profiles (data, nexus)")]
    [InlineData("[entity, async]", "x-level3-profiles", "only mixins (entity, async)")]
    public void A_wrong_declaration_is_an_error_at_the_extension(string profiles, string line, string message)
    {
        var yaml = Level3Case.Document(profiles, Get + Delete);
        if (line.StartsWith('-'))
        {
            // A block list, so that the item has a line of its own.
            yaml = yaml.Replace($"x-level3-profiles: {profiles}", "x-level3-profiles:\n      - nexus\n      - entiti", StringComparison.Ordinal);
        }

        var finding = Level3Case.Findings("level3-profiles-are-valid", yaml).Should().ContainSingle("the path item has two operations, and is reported once").Subject;

        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain(message);
        Level3Case.LineOf(yaml, finding).Should().StartWith(line);
    }

    [Fact]
    public void An_unknown_name_is_skipped_and_the_rest_still_applies()
    {
        var yaml = Level3Case.Document("[home, entiti]", Delete);

        Level3Case.Findings("level3-method-offered-by-profile", yaml).Should().ContainSingle()
            .Which.Message.Should().Contain("DELETE is not offered by the home profile");
    }

    [Fact]
    public void A_path_item_without_profiles_gets_one_note_at_its_key()
    {
        var yaml = Level3Case.Document(null, Get + Delete);

        var finding = Level3Case.Findings("level3-resource-declares-profiles", yaml).Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Note);
        Level3Case.LineOf(yaml, finding).Should().Be("/r:");
    }

    [Fact]
    public void An_invalid_declaration_turns_the_table_rules_off()
    {
        var yaml = Level3Case.Document("[data, nexus]", "    post:\n      responses:\n        '418': {description: teapot}\n");

        using var folder = new Support.TempFolder();
        var report = new StatusLinter(new LintOptions { Packs = ["level3"] }).LintFile(folder.Write("api.yaml", yaml));

        report.Diagnostics.Should().ContainSingle().Which.RuleId.Should().Be("level3-profiles-are-valid");
    }

    [Fact]
    public void The_pack_is_built_in_but_not_recommended()
    {
        RuleCatalog.All.Should().Contain(pack => pack.Name == "level3");
        RuleCatalog.Select(["recommended"]).Should().NotContain(rule => rule.Pack == "level3");
        RuleCatalog.Select(["level3"]).Should().OnlyContain(rule => rule.Pack == "level3" && !rule.AppliesToWebhooks);
    }
}
