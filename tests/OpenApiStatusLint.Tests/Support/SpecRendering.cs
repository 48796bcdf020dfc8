using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.Support;

/// <summary>The same JSON spec written in the forms people keep specs in, to fix each of them.</summary>
public static class SpecRendering
{
    /// <summary>The bytes as they are.</summary>
    public const string AsPublished = "as-published";

    /// <summary>JSON indented by two spaces, with a final newline.</summary>
    public const string IndentedJson = "indented-json";

    /// <summary>Block-style YAML (<see cref="YamlRendering"/>).</summary>
    public const string Yaml = "yaml";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Keep non-ASCII text as it is, the way editors save it, rather than as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A file name and content for the JSON spec <paramref name="json"/> in <paramref name="rendering"/>.</summary>
    public static (string Name, byte[] Content) Of(string name, byte[] json, string rendering) => rendering switch
    {
        AsPublished => (name, json),
        IndentedJson => (name, Encoding.UTF8.GetBytes(JsonNode.Parse(json)!.ToJsonString(Indented) + "\n")),
        Yaml => (Path.ChangeExtension(name, ".yaml"), Encoding.UTF8.GetBytes(YamlRendering.From(JsonNode.Parse(json)))),
        _ => throw new ArgumentOutOfRangeException(nameof(rendering), rendering, "unknown rendering"),
    };
}
