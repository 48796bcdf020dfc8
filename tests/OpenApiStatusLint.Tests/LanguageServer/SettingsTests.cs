using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>The nearest .statuslint.yaml, the editor's settings, and files a spec depends on.</summary>
public class SettingsTests
{
    private const string Fixed404 = "        '404':\n          description: No such pet\n        '400':";

    [Fact]
    public void The_nearest_config_applies_and_a_change_to_it_relints_the_open_specs()
    {
        using var session = new LspSession();
        var config = session.Folder.Write(".statuslint.yaml", "rules:\n  path-parameter-operation-declares-404: off\n");
        var (uri, diagnostics) = session.Open("api/pets.yaml", LspSession.Pets);
        LspSession.Codes(diagnostics).Should().NotContain("path-parameter-operation-declares-404");

        File.WriteAllText(config, "rules:\n  error-body-uses-standard-schema: off\n");
        session.Client.Notify("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(config).AbsoluteUri, ["type"] = 2 }),
        });

        LspSession.Codes(session.Client.Diagnostics(uri)).Should().BeEquivalentTo("path-parameter-operation-declares-404");
    }

    [Fact]
    public void A_broken_config_is_shown_on_the_spec_with_its_line_and_the_defaults_apply()
    {
        using var session = new LspSession();
        session.Folder.Write(".statuslint.yaml", "rules:\n  no-such-rule: off\n");

        var (_, diagnostics) = session.Open("pets.yaml", LspSession.Pets);

        var problem = diagnostics.First()!;
        problem["code"]!.GetValue<string>().Should().Be("config-error");
        problem["message"]!.GetValue<string>().Should().Contain(".statuslint.yaml:2:3").And.Contain("no-such-rule");
        LspSession.Codes(diagnostics).Should().Contain("path-parameter-operation-declares-404");
    }

    [Fact]
    public void Did_change_configuration_sets_the_packs_and_the_minimum_severity()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);

        session.Client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["statuslint"] = new JsonObject { ["minimumSeverity"] = "error" } } });
        LspSession.Codes(session.Client.Diagnostics(uri)).Should().BeEquivalentTo("path-parameter-operation-declares-404");

        session.Client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["statuslint"] = new JsonObject { ["packs"] = new JsonArray("http"), ["minimumSeverity"] = "note" } } });
        session.Client.Diagnostics(uri).Should().BeEmpty("the http pack asks nothing of this spec");

        session.Client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["statuslint"] = new JsonObject { ["packs"] = new JsonArray("no-such-pack") } } });
        var unknown = session.Client.Diagnostics(uri);
        unknown.First()!["message"]!.GetValue<string>().Should().Contain("no-such-pack");
        LspSession.Codes(unknown).Should().Contain("path-parameter-operation-declares-404", "the recommended packs apply meanwhile");
    }

    [Fact]
    public void Initialization_options_set_the_same_settings_and_a_wrong_one_is_shown_and_ignored()
    {
        using var session = new LspSession(new JsonObject { ["minimumSeverity"] = "loud" });

        session.Client.Notification("window/showMessage")["params"]!["message"]!.GetValue<string>().Should().Contain("minimumSeverity must be error, warning or note");
        LspSession.Codes(session.Open("pets.yaml", LspSession.Pets).Diagnostics).Should().HaveCount(2);
    }

    [Fact]
    public void Saving_a_referenced_file_relints_the_specs_that_ref_it()
    {
        using var session = new LspSession();
        var shared = session.Folder.Write("responses.yaml", "BadRequest:\n  description: Bad request\n  content:\n    application/json:\n      schema:\n        type: object\n");
        var spec = LspSession.Pets.Replace("'#/components/responses/BadRequest'", "'responses.yaml#/BadRequest'").Replace(Fixed404[..8] + "'400':", Fixed404);
        var (uri, diagnostics) = session.Open("pets.yaml", spec);
        var sharedUri = new Uri(shared).AbsoluteUri;
        LspSession.Codes(diagnostics).Should().BeEquivalentTo("error-body-uses-standard-schema", "error-body-uses-standard-schema");
        diagnostics[0]!["relatedInformation"]![0]!["message"]!.GetValue<string>().Should().Be("$ref target responses.yaml#/BadRequest");

        var standard = "BadRequest:\n  description: Bad request\n  content:\n    application/json:\n      schema:\n        type: object\n        required: [code, type]\n        properties:\n          code: {type: integer}\n          type: {type: string}\n          message: {type: string}\n";
        File.WriteAllText(shared, standard);
        session.Client.Notify("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = sharedUri } });

        session.Client.Diagnostics(uri).Should().BeEmpty("the spec is linted again with the saved responses.yaml");
    }
}
