using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>
/// One way people write the same document: JSON (indented by N spaces or a tab, or on one line), or
/// YAML with block maps down to <see cref="FlowDepth"/> and flow maps below it (1: every value of the top-level map in flow style), an
/// indentation, quoting, comments, CRLF line ends, a BOM, with or without a final newline.
/// </summary>
internal sealed record SpecStyle(bool Json, int Indent, bool Tabs, int FlowDepth, YamlQuoting Quoting, bool Comments, bool Crlf, bool Bom, bool FinalNewline)
{
    public string FileName => Json ? "openapi.json" : "openapi.yaml";

    public byte[] Render(JsonObject document)
    {
        var text = Json ? RenderJson(document) : RenderYaml(document);
        text = text.TrimEnd('\n') + (FinalNewline ? "\n" : string.Empty);
        if (Crlf)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var bytes = new UTF8Encoding(false).GetBytes(text);
        return Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    public override string ToString() =>
        Json ? $"JSON indent {(Tabs ? "tab" : Indent)}" : $"YAML indent {Indent}, flow from depth {FlowDepth}, {Quoting}, comments {Comments}"
            + $", CRLF {Crlf}, BOM {Bom}, final newline {FinalNewline}";

    private string RenderJson(JsonObject document) => document.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = Indent > 0 || Tabs,
        IndentSize = Tabs ? 1 : Math.Max(1, Indent),
        IndentCharacter = Tabs ? '\t' : ' ',
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private string RenderYaml(JsonObject document)
    {
        var text = new StringBuilder();
        if (Comments)
        {
            text.Append("# A generated spec: fix must keep every comment\n");
        }

        Block(document, 0, text);
        return text.ToString();
    }

    private void Block(JsonObject map, int depth, StringBuilder text)
    {
        var pad = new string(' ', depth * Indent);
        foreach (var (key, value) in map)
        {
            if (Comments && depth <= 2)
            {
                text.Append(pad).Append("# ").Append(key).Append('\n');
            }

            text.Append(pad).Append(Scalar(key, isKey: true)).Append(':');
            Value(value, depth, text);
        }
    }

    // The part after "key:" (or "-"): a scalar on the same line, a flow collection, or a block below.
    private void Value(JsonNode? value, int depth, StringBuilder text)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } map when depth + 1 < FlowDepth:
                text.Append('\n');
                Block(map, depth + 1, text);
                break;
            case JsonArray { Count: > 0 } list when depth + 1 < FlowDepth:
                text.Append('\n');
                var pad = new string(' ', (depth + 1) * Indent);
                foreach (var item in list)
                {
                    if (item is JsonObject { Count: > 0 } member)
                    {
                        // "- first: x" then the other members under "first".
                        // No comment lines inside an item: "- " must start with the item's first member.
                        var block = new StringBuilder();
                        (this with { Comments = false }).Block(member, 0, block);
                        var lines = block.ToString().TrimEnd('\n').Split('\n');
                        var inner = new string(' ', (depth + 1) * Indent + 2);
                        text.Append(pad).Append("- ").Append(lines[0]).Append('\n');
                        foreach (var line in lines.Skip(1))
                        {
                            text.Append(inner).Append(line).Append('\n');
                        }
                    }
                    else
                    {
                        text.Append(pad).Append("- ").Append(Flow(item)).Append('\n');
                    }
                }

                break;
            default:
                text.Append(' ').Append(Flow(value));
                if (Comments && value is JsonValue)
                {
                    text.Append(" # note");
                }

                text.Append('\n');
                break;
        }
    }

    private string Flow(JsonNode? node) => node switch
    {
        JsonObject map => "{" + string.Join(", ", map.Select(member => Scalar(member.Key, isKey: true) + ": " + Flow(member.Value))) + "}",
        JsonArray list => "[" + string.Join(", ", list.Select(Flow)) + "]",
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue value when value.TryGetValue<string>(out var text) => Scalar(text),
        null => "null",
        _ => node.ToJsonString(),
    };

    private string Scalar(string text, bool isKey = false)
    {
        var quoting = Quoting == YamlQuoting.Plain && NeedsQuotes(text, isKey) ? YamlQuoting.Single : Quoting;
        return quoting switch
        {
            YamlQuoting.Single => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
            YamlQuoting.Double => JsonSerializer.Serialize(text),
            _ => text,
        };
    }

    // Plain is fine for words; anything YAML would read as another type or as syntax is quoted,
    // except a response code key: `200:` and `'200':` are the same key (design.md).
    private static bool NeedsQuotes(string text, bool isKey) =>
        !(isKey && text.Length > 0 && text.All(char.IsAsciiDigit)) && NeedsQuotes(text);

    private static bool NeedsQuotes(string text) =>
        text.Length == 0
        || text.Any(c => c is ':' or '#' or '{' or '}' or '[' or ']' or ',' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
        || char.IsDigit(text[0]) || text[0] is '-' or '?' or ' ' || text[^1] == ' '
        || text is "true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~";
}
