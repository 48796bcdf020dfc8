using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Loading;

/// <summary>Turns a positioned tree into a <see cref="JsonNode"/>, for code that reads System.Text.Json trees (such as Microsoft.OpenApi's reader).</summary>
public static class SourceNodeJson
{
    /// <summary>A new JSON tree with the same content; numbers keep their value.</summary>
    public static JsonNode? ToJsonNode(SourceNode? node) => node switch
    {
        SourceObject map => ToObject(map),
        SourceArray list => new JsonArray(list.Select(ToJsonNode).ToArray()),
        SourceScalar { Kind: ScalarKind.String } text => JsonValue.Create(text.Text),
        SourceScalar { Kind: ScalarKind.Boolean } flag => JsonValue.Create(flag.IsTrue),
        SourceScalar { Kind: ScalarKind.Number } number => Number(number.Text),
        _ => null,
    };

    private static JsonObject ToObject(SourceObject map)
    {
        var result = new JsonObject();
        foreach (var member in map)
        {
            result[member.Key] = ToJsonNode(member.Value);
        }

        return result;
    }

    private static JsonValue Number(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole)
        : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) ? JsonValue.Create(exact)
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate) ? JsonValue.Create(approximate)
        : JsonValue.Create(text);
}
