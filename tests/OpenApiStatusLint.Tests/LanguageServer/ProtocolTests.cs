using System.Text.Json.Nodes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>The protocol's life cycle and its errors: what any LSP client relies on.</summary>
public class ProtocolTests
{
    [Fact]
    public void Initialize_announces_incremental_sync_saves_without_text_code_actions_and_hover()
    {
        using var session = new LspSession();

        var result = session.Initialized["result"]!;

        result["serverInfo"]!["name"]!.GetValue<string>().Should().Be("statuslint");
        result["capabilities"]!.ToJsonString().Should().Be(
            """{"textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},"codeActionProvider":{"codeActionKinds":["quickfix","source.fixAll.statuslint"]},"hoverProvider":true}""");
    }

    [Fact]
    public void A_request_before_initialize_is_refused_with_server_not_initialized()
    {
        using var folder = new TempFolder();
        using var client = LspClient.InProcess(folder.Path);

        client.Request("textDocument/hover", new JsonObject())["error"]!["code"]!.GetValue<int>().Should().Be(-32002);
        client.Request("initialize", new JsonObject { ["capabilities"] = new JsonObject() })["result"]!["capabilities"].Should().NotBeNull();
        client.Stop().Should().Be(0);
    }

    [Fact]
    public void Requests_it_cannot_answer_get_json_rpc_errors_and_the_server_keeps_running()
    {
        using var session = new LspSession();
        var client = session.Client;

        var unknown = client.Request("textDocument/definition", new JsonObject());
        unknown["error"]!["code"]!.GetValue<int>().Should().Be(-32601, "method not found");
        unknown["error"]!["message"]!.GetValue<string>().Should().Contain("textDocument/definition");
        client.Request("textDocument/hover", new JsonObject { ["textDocument"] = "not an object" })["error"]!["code"]!.GetValue<int>().Should().Be(-32602, "invalid params");
        session.Open("pets.yaml", LspSession.Pets).Diagnostics.Should().NotBeEmpty("the server still lints");
    }

    [Fact]
    public void A_message_that_is_not_json_gets_a_parse_error_with_a_null_id()
    {
        using var session = new LspSession();
        var client = session.Client;

        client.SendRaw("Content-Length: 9\r\n\r\n{not json");
        client.SendRaw("Content-Length: 2\r\n\r\n[]");

        var notJson = client.Message(m => m["error"] is not null && m["id"] is null, "the parse error");
        notJson["error"]!["code"]!.GetValue<int>().Should().Be(-32700);
        var notMessage = client.Message(m => m["error"] is not null && m["id"] is null, "the invalid request error");
        notMessage["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        session.Open("pets.yaml", LspSession.Pets).Diagnostics.Should().NotBeEmpty("the server still lints");
    }

    [Fact]
    public void Shutdown_then_exit_ends_with_0_and_requests_after_shutdown_are_refused()
    {
        using var session = new LspSession();
        var client = session.Client;

        client.Request("shutdown")["result"].Should().BeNull();
        client.Request("textDocument/hover", new JsonObject())["error"]!["code"]!.GetValue<int>().Should().Be(-32600);
        client.Notify("exit");

        client.CloseInput().Should().Be(0);
        client.Garbage.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Exit_without_shutdown_ends_with_1()
    {
        using var session = new LspSession();

        session.Client.Notify("exit");

        session.Client.CloseInput().Should().Be(1);
    }

    [Fact]
    public void The_executable_speaks_only_protocol_on_standard_output()
    {
        using var folder = new TempFolder();
        var path = folder.Write("pets.yaml", LspSession.Pets);
        using var client = LspClient.Process(folder.Path);
        client.Request("initialize", new JsonObject { ["rootUri"] = new Uri(folder.Path).AbsoluteUri, ["capabilities"] = new JsonObject() })["result"].Should().NotBeNull();
        client.Notify("initialized", new JsonObject());
        var uri = new Uri(path).AbsoluteUri;

        client.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = LspSession.Pets } });

        LspSession.Codes(client.Diagnostics(uri, 1)).Should().Contain("path-parameter-operation-declares-404");
        client.Stop().Should().Be(0);
        client.Garbage.ToString().Should().BeEmpty();
    }
}
