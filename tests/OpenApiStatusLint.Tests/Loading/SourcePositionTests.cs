using System.Text;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>Pointers map to 1-based lines and UTF-16 columns, in YAML and JSON alike.</summary>
public class SourcePositionTests
{
    private const string YamlDocument =
        "openapi: 3.0.3\n" +
        "info: {title: \"Café ☕ 😀\", version: '1'}\n" +
        "paths:\n" +
        "  /pets/{id}:\n" +
        "    get:\n" +
        "      description: \"Zürich 😀\"\n" +
        "      responses:\n" +
        "        '200':\n" +
        "          description: ok\n";

    [Theory]
    [InlineData("#/paths/~1pets~1{id}/get/responses", 7, 7)]
    [InlineData("#/paths/~1pets~1{id}/get/responses/200", 8, 9)]
    [InlineData("#/info/version", 2, 28)]
    public void Yaml_positions_are_lines_and_utf16_columns(string pointer, int line, int column)
    {
        using var folder = new TempFolder();

        var map = DocumentLoader.Load(folder.Write("a.yaml", YamlDocument)).Document!.SourceMap;

        var location = map.Locate(pointer);
        (location.StartLine, location.StartColumn).Should().Be((line, column));
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    public void Crlf_and_a_bom_do_not_move_positions(string newline, bool bom)
    {
        using var folder = new TempFolder();
        var text = YamlDocument.Replace("\n", newline);
        var bytes = (bom ? "\uFEFF"u8.ToArray() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var map = DocumentLoader.Load(folder.WriteBytes("a.yaml", bytes)).Document!.SourceMap;

        var location = map.Locate("#/paths/~1pets~1{id}/get/responses/200");
        (location.StartLine, location.StartColumn, location.EndColumn).Should().Be((8, 9, 14));
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Unicode_line_separators_inside_strings_do_not_move_positions(string separator)
    {
        // YamlDotNet breaks lines at LS, PS and NEL as YAML 1.1 did; editors, SARIF viewers and
        // the fix engine count lines by \n alone. (An APIs.guru spec has two LS in a description.)
        using var folder = new TempFolder();
        var text = YamlDocument
            .Replace("\"Café ☕ 😀\"", "'Café" + separator + "☕ 😀'")
            .Replace("\"Zürich 😀\"", "'Zürich" + separator + "😀'");

        var loaded = DocumentLoader.Load(folder.Write("a.yaml", text));
        loaded.Diagnostics.Should().BeEmpty();
        var map = loaded.Document!.SourceMap;

        var version = map.Locate("#/info/version");
        (version.StartLine, version.StartColumn).Should().Be((2, 28));
        var response = map.Locate("#/paths/~1pets~1{id}/get/responses/200");
        (response.StartLine, response.StartColumn, response.EndColumn).Should().Be((8, 9, 14));
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    public void Json_positions_match_the_text(string newline, bool bom)
    {
        var json = string.Join(newline,
            "{",
            "  \"openapi\": \"3.1.0\",",
            "  \"info\": {\"title\": \"😀 Café\", \"version\": \"1\"},",
            "  \"paths\": {",
            "    \"/a\": {\"get\": {\"responses\": {\"200\": {\"description\": \"ok\"}}}}",
            "  }",
            "}");
        using var folder = new TempFolder();
        var bytes = (bom ? "\uFEFF"u8.ToArray() : []).Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var map = DocumentLoader.Load(folder.WriteBytes("a.json", bytes)).Document!.SourceMap;

        (map.Locate("#/info/version").StartLine, map.Locate("#/info/version").StartColumn).Should().Be((3, 32));
        var response = map.Locate("#/paths/~1a/get/responses/200");
        (response.StartLine, response.StartColumn, response.EndColumn).Should().Be((5, 34, 39));
    }

    [Fact]
    public void A_pointer_the_source_does_not_spell_out_falls_back_to_its_nearest_ancestor()
    {
        using var folder = new TempFolder();

        var map = DocumentLoader.Load(folder.Write("a.yaml", YamlDocument)).Document!.SourceMap;

        map.Locate("#/paths/~1pets~1{id}/get/responses/200/content/application~1json").StartLine.Should().Be(8);
    }

    [Fact]
    public void Content_from_a_referenced_file_keeps_that_files_positions()
    {
        var document = DocumentLoader.Load(Repo.Sample("multi-file/openapi.yaml")).Document!;
        var map = document.SourceMap;

        var external = map.ExternalReferences.Values.First(r => r.Reference.Contains("responses.yaml#/NotFound"));
        var pointer = map.ExternalReferences.First(pair => pair.Value == external).Key;
        var target = map.Locate(pointer + "/description");

        target.File.Should().Be(Repo.Sample("multi-file/responses.yaml"));
        var targetLine = File.ReadAllLines(target.File)[target.StartLine - 1];
        targetLine[(target.StartColumn - 1)..].Should().StartWith("description");
        external.Site.File.Should().Be(Repo.Sample("multi-file/openapi.yaml"));
        File.ReadAllLines(external.Site.File)[external.Site.StartLine - 1].Should().Contain("responses.yaml#/NotFound");
    }
}
