using System.Text.Json;

namespace OpenApiStatusLint.LanguageServer.Transport;

/// <summary>
/// One message as the reader thread hands it to the server: parsed there, so that reading a large
/// <c>didOpen</c> overlaps the lint of the message before it.
/// </summary>
/// <param name="Json">The parsed body; null when the frame or the JSON was broken. The receiver disposes it.</param>
/// <param name="Problem">Why the header was refused (<paramref name="IsJsonProblem"/> false) or the body is not JSON (true).</param>
/// <param name="IsJsonProblem">True when the body was read but is not JSON: the client gets a parse error.</param>
/// <param name="ReceivedAt">The <see cref="System.Diagnostics.Stopwatch"/> timestamp when the whole frame had arrived.</param>
public sealed record ReceivedMessage(JsonDocument? Json, string? Problem, bool IsJsonProblem, long ReceivedAt)
{
    /// <summary>Reads a frame's body.</summary>
    public static ReceivedMessage From(Frame frame, long receivedAt)
    {
        if (frame.Body is null)
        {
            return new ReceivedMessage(null, frame.Problem, false, receivedAt);
        }

        try
        {
            var json = JsonDocument.Parse(frame.Body);
            return new ReceivedMessage(json, null, false, receivedAt) { ChangedUri = ChangedUriOf(json.RootElement) };
        }
        catch (JsonException exception)
        {
            return new ReceivedMessage(null, exception.Message, true, receivedAt);
        }
    }

    /// <summary>The document a <c>textDocument/didChange</c> changes, or null for any other message.</summary>
    public string? ChangedUri { get; init; }

    private static string? ChangedUriOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("method", out var method) && method.ValueEquals("textDocument/didChange")
        && root.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
        && parameters.TryGetProperty("textDocument", out var document) && document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String
            ? uri.GetString()
            : null;
}
