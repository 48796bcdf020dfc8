using System.Text.Json.Nodes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>What an editor shows as the user opens, edits, saves and closes a spec.</summary>
public class DiagnosticsTests
{
    [Fact]
    public void Opening_a_spec_shows_each_finding_on_its_key_with_rule_page_severity_and_ref_chain()
    {
        using var session = new LspSession();

        var (uri, diagnostics) = session.Open("pets.yaml", LspSession.Pets);

        // The 400 and the 500 share BadRequest's schema: its problem is one finding, where the schema is written.
        LspSession.Codes(diagnostics).Should().BeEquivalentTo("path-parameter-operation-declares-404", "error-body-uses-standard-schema");
        var missing404 = diagnostics.Single(d => d!["code"]!.GetValue<string>() == "path-parameter-operation-declares-404")!;
        missing404["source"]!.GetValue<string>().Should().Be("statuslint");
        missing404["severity"]!.GetValue<int>().Should().Be(1, "an error is LSP severity 1");
        missing404["message"]!.GetValue<string>().Should().Be("GET /pets/{petId} has path parameters but does not declare 404 (Not Found)");
        missing404["codeDescription"]!["href"]!.GetValue<string>().Should().Be("https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/path-parameter-operation-declares-404.md");
        // The `responses` key of line 14, columns 7 to 16 (1-based): 0-based line 13, characters 6 to 15.
        missing404["range"]!.ToJsonString().Should().Be("""{"start":{"line":13,"character":6},"end":{"line":13,"character":15}}""");

        var body400 = diagnostics.First(d => d!["code"]!.GetValue<string>() == "error-body-uses-standard-schema")!;
        body400["severity"]!.GetValue<int>().Should().Be(2, "a warning is LSP severity 2");
        body400["range"]!["start"]!.ToJsonString().Should().Be("""{"line":30,"character":10}""", "the shared schema's key");
        var related = body400["relatedInformation"]!.AsArray();
        related.Select(use => use!["message"]!.GetValue<string>()).Should().Equal("used by GET /pets/{petId} → 400", "used by GET /pets/{petId} → 500");
        related[0]!["location"]!["uri"]!.GetValue<string>().Should().Be(uri);
        related[0]!["location"]!["range"]!["start"]!.ToJsonString().Should().Be("""{"line":20,"character":8}""", "the '400' key");
    }

    [Fact]
    public void Yaml_and_json_that_are_not_openapi_get_no_diagnostics()
    {
        using var session = new LspSession();

        session.Open("docker-compose.yaml", "services:\n  web:\n    image: nginx\n").Diagnostics.Should().BeEmpty();
        session.Open("package.json", """{ "name": "x", "version": "1.0.0" }""").Diagnostics.Should().BeEmpty();
        session.Open("broken.yaml", "key: [unclosed\n").Diagnostics.Should().BeEmpty("a broken file that never was OpenAPI is not a spec");
    }

    [Fact]
    public void An_unsaved_edit_is_linted_and_the_file_on_disk_is_left_alone()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);
        var edited = LspSession.Pets.Replace("        '400':", "        '404':\n          description: No such pet\n        '400':");

        var diagnostics = session.Change(uri, edited);

        LspSession.Codes(diagnostics).Should().NotContain("path-parameter-operation-declares-404");
        LspSession.Codes(diagnostics).Should().Contain("error-body-uses-standard-schema");
        File.ReadAllText(Path.Combine(session.Folder.Path, "pets.yaml")).Should().Be(LspSession.Pets);
    }

    [Fact]
    public void A_burst_of_changes_ends_with_the_diagnostics_of_the_last_text()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);
        var fixedText = LspSession.Pets.Replace("        '400':", "        '404':\n          description: No such pet\n        '400':");

        for (var i = 0; i < 5; i++)
        {
            session.Send(uri, LspSession.Pets + $"# edit {i}\n");
        }

        var last = session.Send(uri, fixedText);

        LspSession.Codes(session.Client.Diagnostics(uri, last)).Should().NotContain("path-parameter-operation-declares-404");
    }

    [Fact]
    public void Saving_lints_the_saved_text_and_closing_clears_the_diagnostics()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);
        var fixedText = LspSession.Pets.Replace("        '400':", "        '404':\n          description: No such pet\n        '400':");
        File.WriteAllText(Path.Combine(session.Folder.Path, "pets.yaml"), fixedText);

        session.Client.Notify("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["text"] = fixedText });
        LspSession.Codes(session.Client.Diagnostics(uri)).Should().NotContain("path-parameter-operation-declares-404");

        session.Client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        session.Client.Diagnostics(uri).Should().BeEmpty();
    }

    [Fact]
    public void A_broken_edit_shows_one_diagnostic_where_it_broke_and_the_server_carries_on()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);
        var broken = LspSession.Pets.Replace("          description: The pet\n", "          description: [The pet\n");

        var diagnostics = session.Change(uri, broken);

        var problem = diagnostics.Should().ContainSingle().Subject!;
        problem["code"]!.GetValue<string>().Should().Be("parse-error");
        problem["severity"]!.GetValue<int>().Should().Be(1);
        problem["range"]!["start"]!["line"]!.GetValue<int>().Should().BeInRange(15, 17, "the unclosed flow sequence starts on line 16");
        session.CodeActions(uri, 13, 8).Should().BeEmpty();
        session.Hover(uri, 14, 9)["result"].Should().BeNull();

        LspSession.Codes(session.Change(uri, LspSession.Pets)).Should().Contain("path-parameter-operation-declares-404");
    }
}
