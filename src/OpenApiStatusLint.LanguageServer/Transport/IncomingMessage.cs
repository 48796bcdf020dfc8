using System.Text.Json;

namespace OpenApiStatusLint.LanguageServer.Transport;

/// <summary>A request (it has an id), a notification (it has none), or a response to the server's own request (no method).</summary>
/// <param name="Id">The request id as sent (a number or a string), or null for a notification.</param>
/// <param name="Method">The method, or null for a response.</param>
/// <param name="Params">The parameters, or an undefined element.</param>
public sealed record IncomingMessage(JsonElement? Id, string? Method, JsonElement Params)
{
    /// <summary>True when the sender waits for an answer.</summary>
    public bool IsRequest => Id is not null;

    /// <summary>
    /// Reads a message body; null when it is JSON but not a JSON-RPC message object. The elements
    /// point into <paramref name="root"/>'s document, which must live while the message is handled:
    /// a copy of a 13 MB didChange would cost as much as reading it.
    /// </summary>
    public static IncomingMessage? From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        JsonElement? id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.Number or JsonValueKind.String ? idValue : null;
        string? method = root.TryGetProperty("method", out var methodValue) && methodValue.ValueKind == JsonValueKind.String ? methodValue.GetString() : null;
        var parameters = root.TryGetProperty("params", out var paramsValue) ? paramsValue : default;
        return new IncomingMessage(id, method, parameters);
    }
}
