using OpenApiStatusLint.Cli.Discovery;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>The .gitignore lines discovery understands, matched as gitignore(5) says.</summary>
public class GitIgnoreRuleTests
{
    [Theory]
    [InlineData("*.yaml", "a.yaml", false, true)]
    [InlineData("*.yaml", "deep/down/a.yaml", false, true)]
    [InlineData("/*.yaml", "deep/a.yaml", false, false)]
    [InlineData("generated/", "generated", true, true)]
    [InlineData("generated/", "generated", false, false)]
    [InlineData("generated/", "src/generated", true, true)]
    [InlineData("api/generated", "api/generated", true, true)]
    [InlineData("api/generated", "x/api/generated", true, false)]
    [InlineData("**/tmp", "a/b/tmp", true, true)]
    [InlineData("a/**/b.yaml", "a/b.yaml", false, true)]
    [InlineData("a/**/b.yaml", "a/x/y/b.yaml", false, true)]
    [InlineData("build/**", "build/x/y.yaml", false, true)]
    [InlineData("spec?.yaml", "spec1.yaml", false, true)]
    [InlineData("spec?.yaml", "spec/.yaml", false, false)]
    [InlineData("[ab].yaml", "b.yaml", false, true)]
    [InlineData("[!ab].yaml", "b.yaml", false, false)]
    [InlineData("\\#notes.yaml", "#notes.yaml", false, true)]
    [InlineData("draft.yaml   ", "draft.yaml", false, true)]
    public void A_pattern_matches_what_git_would(string line, string path, bool isFolder, bool matches)
    {
        var rule = GitIgnoreRule.Parse(line);

        rule.Should().NotBeNull();
        rule!.IsMatch(path, isFolder).Should().Be(matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("/")]
    public void Blank_lines_and_comments_are_no_rule(string line)
    {
        GitIgnoreRule.Parse(line).Should().BeNull();
    }

    [Fact]
    public void A_negation_reincludes()
    {
        var rule = GitIgnoreRule.Parse("!keep.yaml");

        rule!.Negated.Should().BeTrue();
        rule.IsMatch("keep.yaml", isFolder: false).Should().BeTrue();
    }
}
