using System.Text.Json.Nodes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>An initialized server with a temporary workspace, and the documents a test opens in it.</summary>
public sealed class LspSession : IDisposable
{
    /// <summary>A spec with one error (no 404 on a path with a parameter, on its <c>responses</c> key, line 14) and two warnings through a <c>$ref</c>.</summary>
    public const string Pets = """
        openapi: 3.0.3
        info:
          title: Pets
          version: 1.0.0
        paths:
          /pets/{petId}:
            get:
              parameters:
                - name: petId
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  description: The pet
                  content:
                    application/json:
                      schema:
                        type: object
                '400':
                  $ref: '#/components/responses/BadRequest'
                '500':
                  $ref: '#/components/responses/BadRequest'
        components:
          responses:
            BadRequest:
              description: Bad request
              content:
                application/json:
                  schema:
                    type: object

        """;

    private readonly Dictionary<string, int> versions = [];

    public LspSession(JsonNode? initializationOptions = null, bool logTiming = false)
    {
        Client = LspClient.InProcess(Folder.Path, logTiming);
        Initialized = Client.Request("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = new Uri(Folder.Path).AbsoluteUri,
            ["capabilities"] = new JsonObject(),
            ["initializationOptions"] = initializationOptions,
        });
        Client.Notify("initialized", new JsonObject());
    }

    public TempFolder Folder { get; } = new();

    public LspClient Client { get; }

    /// <summary>The response to <c>initialize</c>.</summary>
    public JsonNode Initialized { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/>, opens it, and returns its URI and first diagnostics.</summary>
    public (string Uri, JsonArray Diagnostics) Open(string name, string text, bool write = true)
    {
        var path = write ? Folder.Write(name, text) : Path.Combine(Folder.Path, name);
        var uri = new Uri(path).AbsoluteUri;
        versions[uri] = 1;
        Client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });
        return (uri, Client.Diagnostics(uri, 1));
    }

    /// <summary>Replaces the editor's text (unsaved) and returns the new version's diagnostics.</summary>
    public JsonArray Change(string uri, string text)
    {
        var version = Send(uri, text);
        return Client.Diagnostics(uri, version);
    }

    /// <summary>Sends a full-text change without waiting; its version.</summary>
    public int Send(string uri, string text)
    {
        var version = ++versions[uri];
        Client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
        return version;
    }

    /// <summary>Sends changes as an editor with incremental sync does (each a range and its new text, applied in order), without waiting; the new version.</summary>
    public int SendEdits(string uri, params JsonObject[] edits)
    {
        var version = ++versions[uri];
        Client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray([.. edits]),
        });
        return version;
    }

    /// <summary>Sends changes (see <see cref="SendEdits"/>) and returns the new version's diagnostics.</summary>
    public JsonArray Edit(string uri, params JsonObject[] edits) => Client.Diagnostics(uri, SendEdits(uri, edits));

    /// <summary>One incremental change: the text from (<paramref name="line"/>, <paramref name="character"/>) to (<paramref name="endLine"/>, <paramref name="endCharacter"/>), 0-based, becomes <paramref name="text"/>.</summary>
    public static JsonObject Replace(int line, int character, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
            ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
        },
        ["text"] = text,
    };

    /// <summary>One incremental change that inserts <paramref name="text"/> at (<paramref name="line"/>, <paramref name="character"/>).</summary>
    public static JsonObject Insert(int line, int character, string text) => Replace(line, character, line, character, text);

    /// <summary>The code actions at a range (0-based line and character).</summary>
    public JsonArray CodeActions(string uri, int line, int character, params string[] only)
    {
        var context = new JsonObject { ["diagnostics"] = new JsonArray() };
        if (only.Length > 0)
        {
            context["only"] = new JsonArray([.. only.Select(kind => JsonValue.Create(kind))]);
        }

        var position = new JsonObject { ["line"] = line, ["character"] = character };
        var response = Client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = new JsonObject { ["start"] = position, ["end"] = position.DeepClone() },
            ["context"] = context,
        });
        return response["result"]!.AsArray();
    }

    public JsonNode Hover(string uri, int line, int character) =>
        Client.Request("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });

    /// <summary>Applies a WorkspaceEdit's edits for <paramref name="uri"/> to <paramref name="text"/>, as an editor does.</summary>
    public static string Apply(string text, JsonNode edit, string uri)
    {
        var lines = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lines.Add(i + 1);
        }

        // Later positions first, so earlier offsets stay valid; edits at the same place keep their order.
        var edits = edit["changes"]![uri]!.AsArray()
            .Select((e, index) => (Offset: lines[e!["range"]!["start"]!["line"]!.GetValue<int>()] + e["range"]!["start"]!["character"]!.GetValue<int>(), Index: index, Text: e["newText"]!.GetValue<string>()))
            .OrderByDescending(e => e.Offset).ThenByDescending(e => e.Index);
        foreach (var (offset, _, newText) in edits)
        {
            text = text.Insert(offset, newText);
        }

        return text;
    }

    public static IEnumerable<string> Codes(JsonArray diagnostics) => diagnostics.Select(d => d!["code"]!.GetValue<string>());

    public void Dispose()
    {
        Client.Dispose();
        Folder.Dispose();
    }
}
