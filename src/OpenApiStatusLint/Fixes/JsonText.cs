using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Fixes;

/// <summary>Writes new members as JSON with the file's indentation.</summary>
internal static class JsonText
{
    /// <summary>Keeps <c>+</c>, <c>'</c> and non-ASCII text readable, as people write them.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>"key": value</c>, where the value's inner lines are indented from <paramref name="indent"/>.</summary>
    public static string Member(string key, JsonNode? value, int indent, TextStyle style) =>
        Quoted(key) + (style.Compact ? ":" : ": ") + Value(value, indent, style);

    /// <summary>One value; objects and arrays open on this line and close at <paramref name="indent"/>.</summary>
    public static string Value(JsonNode? value, int indent, TextStyle style)
    {
        switch (value)
        {
            case JsonObject map when map.Count > 0:
                return Block('{', '}', map.Select(member => Member(member.Key, member.Value, indent + style.Unit, style)), indent, style);
            case JsonArray list when list.Count > 0:
                return Block('[', ']', list.Select(item => Value(item, indent + style.Unit, style)), indent, style);
            case JsonObject:
                return "{}";
            case JsonArray:
                return "[]";
            case null:
                return "null";
            case JsonValue text when text.TryGetValue<string>(out var plain):
                return Quoted(plain);
            default:
                return value.ToJsonString(Options);
        }
    }

    // What ToJsonString writes for a string, without a writer per string: a fix of a large spec writes tens of thousands.
    private static string Quoted(string text) => "\"" + JsonEncodedText.Encode(text, Options.Encoder).Value + "\"";

    private static string Block(char open, char close, IEnumerable<string> items, int indent, TextStyle style)
    {
        if (style.Compact)
        {
            return open + string.Join(",", items) + close;
        }

        var inner = new string(' ', indent + style.Unit);
        var builder = new StringBuilder().Append(open).Append(style.Newline);
        builder.AppendJoin("," + style.Newline, items.Select(item => inner + item));
        return builder.Append(style.Newline).Append(' ', indent).Append(close).ToString();
    }
}
