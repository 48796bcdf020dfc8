using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiStatusLint.Tests.Support;

/// <summary>
/// Writes a JSON document as block-style YAML the way people write OpenAPI by hand: plain
/// scalars where they read back as the same string, quoted ones (<c>'200'</c>, <c>'true'</c>)
/// where a plain scalar would read back as a number, boolean or null.
/// </summary>
public static class YamlRendering
{
    public static string From(JsonNode? document)
    {
        using var writer = new StringWriter();
        var emitter = new Emitter(writer, bestIndent: 2, bestWidth: int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, document);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
                foreach (var (key, value) in map)
                {
                    EmitString(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray list:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                EmitString(emitter, value.GetValue<string>());
                break;
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            default:
                // Numbers and booleans as JSON writes them, which YAML's core schema reads the same way.
                emitter.Emit(new Scalar(null, null, node.ToJsonString(), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
        }
    }

    private static void EmitString(IEmitter emitter, string text)
    {
        // The emitter knows which strings plain style cannot hold (": ", leading "- ", ...), not
        // which ones the core schema would read as another type; those start with a digit, a
        // sign or a dot, or are null/true/false in some case.
        var looksTyped = text.Length == 0
            || char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.' or '~'
            || text.ToLowerInvariant() is "null" or "true" or "false";
        emitter.Emit(new Scalar(null, null, text, looksTyped ? ScalarStyle.SingleQuoted : ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));
    }
}
