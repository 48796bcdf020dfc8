using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenApiStatusLint.Fixes;

/// <summary>Writes new members as YAML, in block or flow style.</summary>
internal static partial class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    };

    /// <summary>Block-style lines for each member at <paramref name="indent"/> spaces, each line ended.</summary>
    public static string BlockMembers(JsonObject members, int indent, TextStyle style)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in members)
        {
            builder.Append(' ', indent).Append(Key(key, style)).Append(':');
            if (value is JsonObject { Count: > 0 } map)
            {
                builder.Append(style.Newline).Append(BlockMembers(map, indent + style.Unit, style));
            }
            else
            {
                builder.Append(' ').Append(Flow(value, style)).Append(style.Newline);
            }
        }

        return builder.ToString();
    }

    /// <summary>The members in flow style without the braces: <c>a: 1, b: {c: 2}</c>.</summary>
    public static string FlowMembers(JsonObject members, TextStyle style) =>
        string.Join(", ", members.Select(member => Key(member.Key, style) + ": " + Flow(member.Value, style)));

    /// <summary>One value in flow style.</summary>
    public static string Flow(JsonNode? value, TextStyle style) => value switch
    {
        JsonObject map => "{" + FlowMembers(map, style) + "}",
        JsonArray list => "[" + string.Join(", ", list.Select(item => Flow(item, style))) + "]",
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => Scalar(text, style),
        null => "null",
        _ => value.ToJsonString(),
    };

    /// <summary>A key: status codes follow the file's habit (<c>'401'</c>, <c>"401"</c> or <c>401</c>); others are plain when safe.</summary>
    public static string Key(string key, TextStyle style)
    {
        if (key.Length > 0 && key.All(char.IsAsciiDigit))
        {
            return style.CodeQuote is { } quote ? Quoted(key, quote) : key;
        }

        return Scalar(key, style);
    }

    /// <summary>A string, plain when YAML would read it back as the same string in any context, else quoted.</summary>
    public static string Scalar(string text, TextStyle style) =>
        PlainSafe().IsMatch(text) && !Reserved.Contains(text) ? text : Quoted(text, style.Quote);

    private static string Quoted(string text, char quote) => quote == '"'
        ? JsonValue.Create(text).ToJsonString(JsonText.Options)
        : "'" + text.Replace("'", "''") + "'";

    // Letters, digits and a few punctuation marks that mean nothing to YAML in block or flow context.
    [GeneratedRegex(@"^[A-Za-z$][A-Za-z0-9 _./()+-]*(?<! )$")]
    private static partial Regex PlainSafe();
}
