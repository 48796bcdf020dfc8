using System.Text;
using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>No work for text the editor no longer shows: a lint overtaken by a newer change, a save of text already linted.</summary>
public class StaleChangeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_change_that_arrives_during_a_lint_stops_it_and_only_the_newest_text_gets_diagnostics()
    {
        using var session = new LspSession(logTiming: true);
        var (uri, opened) = session.Open("big.yaml", BigSpec(3000));
        LspSession.Codes(opened).Count(code => code == "path-parameter-operation-declares-404").Should().Be(3000, "each operation lacks its 404");

        var stale = session.SendEdits(uri, LspSession.Insert(2, 0, "# an edit\n"));
        WaitForLog(session, $"version {stale}: linting");
        var newest = session.Send(uri, LspSession.Pets);

        LspSession.Codes(session.Client.Diagnostics(uri, newest)).Should().BeEquivalentTo("path-parameter-operation-declares-404", "error-body-uses-standard-schema");
        session.Client.Passed.Should().NotContain(m => m["method"]!.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["version"]!.GetValue<int>() == stale);
        session.Client.Log().Should().Contain($"version {stale}: lint stopped");
    }

    [Fact]
    public void Saving_text_that_was_already_linted_does_not_lint_it_again()
    {
        using var session = new LspSession(logTiming: true);
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);
        session.Change(uri, LspSession.Pets + "# saved\n");
        File.WriteAllText(Path.Combine(session.Folder.Path, "pets.yaml"), LspSession.Pets + "# saved\n");

        session.Client.Notify("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

        // A request answers for the current text, linting first if the save had made it stale.
        session.Hover(uri, 14, 9)["result"].Should().NotBeNull();
        Lints(session).Should().Be(2, "the open and the change; the save of that same text adds none");
    }

    [Fact]
    public void Saving_after_a_referenced_file_changed_on_disk_lints_again_with_the_new_file()
    {
        using var session = new LspSession();
        var shared = session.Folder.Write("responses.yaml", "BadRequest:\n  description: Bad request\n  content:\n    application/json:\n      schema:\n        type: object\n");
        var spec = LspSession.Pets.Replace("'#/components/responses/BadRequest'", "'responses.yaml#/BadRequest'");
        var (uri, diagnostics) = session.Open("pets.yaml", spec);
        LspSession.Codes(diagnostics).Should().Contain("error-body-uses-standard-schema");

        // Changed by another program: no editor event says so, but the save of the spec notices.
        File.WriteAllText(shared, "BadRequest:\n  description: Bad request\n  content:\n    application/json:\n      schema:\n        type: object\n        required: [code, type]\n        properties:\n          code: {type: integer}\n          type: {type: string}\n          message: {type: string}\n");
        session.Client.Notify("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });

        LspSession.Codes(session.Client.Diagnostics(uri)).Should().Equal("path-parameter-operation-declares-404");
    }

    private static int Lints(LspSession session) =>
        session.Client.Log().Split('\n').Count(line => line.Contains(" ms and published ", StringComparison.Ordinal));

    private static void WaitForLog(LspSession session, string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!session.Client.Log().Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the server never logged '{text}':\n{session.Client.Log()}");
            }

            Thread.Sleep(1);
        }
    }

    // Operations enough that one lint takes far longer than the test needs to send the next change.
    private static string BigSpec(int operations)
    {
        var text = new StringBuilder("openapi: 3.0.3\ninfo:\n  title: Big\n  version: 1.0.0\npaths:\n");
        for (var i = 0; i < operations; i++)
        {
            text.Append("  /items").Append(i).Append("/{id}:\n    get:\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n")
                .Append("      responses:\n        '200':\n          description: The item\n");
        }

        return text.ToString();
    }
}
