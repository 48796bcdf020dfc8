using System.Text.Json.Nodes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>The quick fixes an editor offers, and the whole-file fix, made by the fix engine.</summary>
public class CodeActionTests
{
    [Fact]
    public void The_quick_fix_on_a_missing_404_adds_it_and_the_finding_goes()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);

        var actions = session.CodeActions(uri, 13, 8);

        var quickFix = actions.Single(a => a!["kind"]!.GetValue<string>() == "quickfix")!;
        quickFix["title"]!.GetValue<string>().Should().Be("Add 404 Not Found response");
        quickFix["isPreferred"]!.GetValue<bool>().Should().BeTrue();
        quickFix["diagnostics"]!.AsArray().Single()!["code"]!.GetValue<string>().Should().Be("path-parameter-operation-declares-404");
        var fixedText = LspSession.Apply(LspSession.Pets, quickFix["edit"]!, uri);
        fixedText.Should().Contain("'404':");
        LspSession.Codes(session.Change(uri, fixedText)).Should().NotContain("path-parameter-operation-declares-404");
        session.CodeActions(uri, 13, 8, "quickfix").Should().BeEmpty("nothing is left to fix on that key");
    }

    [Fact]
    public void Fix_all_makes_the_same_insertions_as_statuslint_fix_write()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);
        using var cli = new TempFolder();
        var copy = cli.Write("pets.yaml", LspSession.Pets);
        InProcessCli.Run(cli.Path, "fix", "--write", "pets.yaml").ExitCode.Should().Be(0);

        var fixAll = session.CodeActions(uri, 0, 0, "source.fixAll").Should().ContainSingle().Subject!;

        fixAll["kind"]!.GetValue<string>().Should().Be("source.fixAll.statuslint");
        LspSession.Apply(LspSession.Pets, fixAll["edit"]!, uri).Should().Be(File.ReadAllText(copy));
    }

    [Fact]
    public void Fixes_are_computed_on_the_unsaved_text()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);
        var edited = "# a comment typed but not saved\n" + LspSession.Pets;
        session.Change(uri, edited);

        var quickFix = session.CodeActions(uri, 14, 8, "quickfix").Should().ContainSingle().Subject!;

        var fixedText = LspSession.Apply(edited, quickFix["edit"]!, uri);
        fixedText.Should().StartWith("# a comment typed but not saved\n");
        LspSession.Codes(session.Change(uri, fixedText)).Should().NotContain("path-parameter-operation-declares-404");
    }

    [Fact]
    public void Hover_on_a_response_code_says_its_name_what_asks_for_it_and_the_rule_page()
    {
        using var session = new LspSession();
        var fixedText = LspSession.Pets.Replace("        '400':", "        '404':\n          description: No such pet\n        '400':");
        var (uri, _) = session.Open("pets.yaml", fixedText);

        var hover = session.Hover(uri, 20, 10)["result"]!;

        var text = hover["contents"]!["value"]!.GetValue<string>();
        hover["contents"]!["kind"]!.GetValue<string>().Should().Be("markdown");
        text.Should().StartWith("**404 Not Found** — `GET /pets/{petId}`");
        text.Should().Contain("`path-parameter-operation-declares-404`, `required` pack");
        text.Should().Contain("https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/path-parameter-operation-declares-404.md");
        hover["range"]!.ToJsonString().Should().Be("""{"start":{"line":20,"character":8},"end":{"line":20,"character":13}}""");

        var on400 = session.Hover(uri, 22, 9)["result"]!["contents"]!["value"]!.GetValue<string>();
        on400.Should().Contain("**400 Bad Request**").And.Contain("No active rule requires it here", "path parameters alone do not ask for 400");
        on400.Should().NotContain("400 body is not the standard error schema", "the shared schema's problem is one finding, where the schema is written");
        session.Hover(uri, 2, 4)["result"].Should().BeNull("the title is not a response code");
    }
}
