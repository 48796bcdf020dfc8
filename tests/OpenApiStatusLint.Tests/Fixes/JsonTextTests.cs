using System.Text.Json.Nodes;
using OpenApiStatusLint.Fixes;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>Keys and strings that fix writes into a JSON file are escaped as System.Text.Json escapes them.</summary>
public class JsonTextTests
{
    public static TheoryData<string> Strings => new()
    {
        "plain",
        "",
        "say \"hi\"",
        "back\\slash",
        "tab\tnew\nline\rreturn",
        "\u0001\u001f control",
        "Zürich ☕ 😀",
        "a+b 'c' <d> & e",
        "line\u2028separator",
        "#/components/responses/not_found",
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void A_string_is_written_as_the_serializer_writes_it(string text)
    {
        var style = new TextStyle(2, "\n");

        JsonText.Value(JsonValue.Create(text), 0, style).Should().Be(JsonValue.Create(text).ToJsonString(JsonText.Options));
        JsonText.Member(text, JsonValue.Create(1), 0, style).Should().Be(JsonValue.Create(text).ToJsonString(JsonText.Options) + ": 1");
    }
}
