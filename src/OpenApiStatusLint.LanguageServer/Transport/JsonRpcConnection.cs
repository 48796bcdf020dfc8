using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiStatusLint.LanguageServer.Protocol;

namespace OpenApiStatusLint.LanguageServer.Transport;

/// <summary>JSON-RPC 2.0 messages written through a <see cref="MessageWriter"/>, every body serialized by generated code.</summary>
public sealed class JsonRpcConnection(MessageWriter writer)
{
    /// <summary>Answers request <paramref name="id"/> with <paramref name="result"/>.</summary>
    public void Respond<T>(JsonElement id, T result, JsonTypeInfo<T> type) =>
        Send(json =>
        {
            WriteHeader(json, id);
            json.WritePropertyName("result");
            JsonSerializer.Serialize(json, result, type);
        });

    /// <summary>Answers request <paramref name="id"/> with <c>null</c> (shutdown, or a hover over nothing).</summary>
    public void RespondNull(JsonElement id) =>
        Send(json =>
        {
            WriteHeader(json, id);
            json.WriteNull("result");
        });

    /// <summary>Answers with an error; <paramref name="id"/> is null when the request's id could not be read.</summary>
    public void RespondError(JsonElement? id, int code, string message) =>
        Send(json =>
        {
            WriteHeader(json, id);
            json.WritePropertyName("error");
            JsonSerializer.Serialize(json, new ResponseError(code, message), LspJsonContext.Default.ResponseError);
        });

    /// <summary>Sends a notification.</summary>
    public void Notify<T>(string method, T parameters, JsonTypeInfo<T> type) =>
        Send(json =>
        {
            json.WriteString("jsonrpc", "2.0");
            json.WriteString("method", method);
            json.WritePropertyName("params");
            JsonSerializer.Serialize(json, parameters, type);
        });

    private static void WriteHeader(Utf8JsonWriter json, JsonElement? id)
    {
        json.WriteString("jsonrpc", "2.0");
        json.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private void Send(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        writer.Write(buffer.WrittenSpan);
    }
}
