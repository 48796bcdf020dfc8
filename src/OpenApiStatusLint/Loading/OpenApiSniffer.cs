using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Decides whether a file is an OpenAPI document from its first few kilobytes, without reading
/// or parsing the rest: the top-level mapping (YAML or JSON) must have an <c>openapi</c> or
/// <c>swagger</c> key within them. Folder discovery asks this of every YAML and JSON file it
/// finds, so a repository's CI configs and <c>package.json</c> cost one small read each.
/// </summary>
public static class OpenApiSniffer
{
    /// <summary>How much of a file is looked at: real specs name their version near the top.</summary>
    public const int HeadBytes = 16 * 1024;

    /// <summary>True when <paramref name="path"/> is a regular file whose first <see cref="HeadBytes"/> have a top-level <c>openapi</c> or <c>swagger</c> key.</summary>
    public static bool IsOpenApiFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (FileKinds.Of(path) != FileKind.Regular)
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var head = new byte[HeadBytes];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return HasOpenApiKey(head.AsSpan(0, length), complete: length < head.Length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when the text (the start of a document, or all of it when <paramref name="complete"/>)
    /// has a top-level <c>openapi</c> or <c>swagger</c> key.
    /// </summary>
    public static bool HasOpenApiKey(ReadOnlySpan<byte> head, bool complete)
    {
        var start = head.StartsWith(Utf8Bom) ? head[Utf8Bom.Length..] : head;
        var first = start.IndexOfAnyExcept(" \t\r\n"u8);
        if (first >= 0 && start[first] == (byte)'{' && JsonHasOpenApiKey(start, complete) is { } inJson)
        {
            return inJson;
        }

        if (!complete && head.LastIndexOf((byte)'\n') is var lastBreak and > 0)
        {
            // Stop at the last whole line, so that a line cut in two is not misread.
            head = head[..lastBreak];
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var expectingKey = false;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentEnd:
                        // Only the first document of a stream counts, as when it is linted.
                        return false;
                    case MappingStart or SequenceStart:
                        if (depth == 0 && parser.Current is SequenceStart)
                        {
                            return false;
                        }

                        depth++;
                        expectingKey = depth == 1 && parser.Current is MappingStart;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        expectingKey = depth == 1;
                        break;
                    case Scalar scalar when depth == 1:
                        if (expectingKey && scalar.Value is "openapi" or "swagger")
                        {
                            return true;
                        }

                        expectingKey = !expectingKey;
                        break;
                    case AnchorAlias when depth == 1:
                        expectingKey = !expectingKey;
                        break;
                    case Scalar when depth == 0:
                        return false;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException)
        {
            // The head ends mid-construct, or is not YAML/JSON at all: decided by what came before.
            // YamlDotNet throws the other two for a malformed tag and some unclosed flow collections.
        }

        return false;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // JSON (often minified: one line far longer than the head) by a reader made for partial input.
    // Null when the text is not JSON: YAML in flow style (`{openapi: 3.1.0, ...}`) opens with '{' too.
    private static bool? JsonHasOpenApiKey(ReadOnlySpan<byte> head, bool complete)
    {
        var reader = new System.Text.Json.Utf8JsonReader(head, isFinalBlock: complete, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == 1
                    && (reader.ValueTextEquals("openapi"u8) || reader.ValueTextEquals("swagger"u8)))
                {
                    return true;
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        return false;
    }
}
