using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;
using OpenApiStatusLint.LanguageServer;

namespace OpenApiStatusLint.Tests.Support;

/// <summary>
/// A test's LSP client: frames JSON-RPC messages to the real server (in this process over pipes, or
/// the built executable as a process) and reads every byte it writes back as framed JSON, so anything
/// else on its standard output fails the test.
/// </summary>
public sealed class LspClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Stream toServer;
    private readonly BlockingCollection<JsonNode> incoming = [];
    private readonly List<JsonNode> unclaimed = [];
    private readonly Func<int> waitForExit;
    private readonly IDisposable[] owned;
    private int nextId;

    private LspClient(Stream toServer, Stream fromServer, Func<int> waitForExit, Func<string> log, params IDisposable[] owned)
    {
        this.toServer = toServer;
        this.waitForExit = waitForExit;
        this.owned = owned;
        Log = log;
        new Thread(() => ReadAll(fromServer)) { IsBackground = true }.Start();
    }

    /// <summary>What the server wrote to its log (standard error).</summary>
    public Func<string> Log { get; }

    /// <summary>Messages read while waiting for another and not taken since (a publish a test did not wait for lands here).</summary>
    public IReadOnlyList<JsonNode> Passed => unclaimed;

    /// <summary>Bytes on the server's output that were not a framed JSON message.</summary>
    public StringBuilder Garbage { get; } = new();

    /// <summary>The server of this assembly, run on a thread of this process.</summary>
    public static LspClient InProcess(string workingDirectory, bool logTiming = false)
    {
        var clientOut = new AnonymousPipeServerStream(PipeDirection.Out);
        var serverIn = new AnonymousPipeClientStream(PipeDirection.In, clientOut.ClientSafePipeHandle);
        var serverOut = new AnonymousPipeServerStream(PipeDirection.Out);
        var clientIn = new AnonymousPipeClientStream(PipeDirection.In, serverOut.ClientSafePipeHandle);
        var log = new StringWriter();
        var syncLog = TextWriter.Synchronized(log);
        var server = new StatusLanguageServer(serverIn, serverOut, syncLog, [new OpenApiStatusLint.OpenApi.OpenApiStructureCheck()], workingDirectory, logTiming);
        var run = Task.Run(() =>
        {
            try
            {
                return server.Run();
            }
            finally
            {
                // Closing its output ends the client's reader; its input is closed by the client, whose end it reads.
                serverOut.Dispose();
            }
        });
        return new LspClient(clientOut, clientIn, () => run.Wait(Timeout) ? run.Result : throw new TimeoutException("the server did not stop"), () => log.ToString(), clientOut, clientIn, serverIn);
    }

    /// <summary>The built <c>statuslint lsp</c> executable as a separate process, as an editor starts it.</summary>
    public static LspClient Process(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "statuslint.dll"));
        start.ArgumentList.Add("lsp");
        var process = System.Diagnostics.Process.Start(start)!;
        var log = new StringBuilder();
        process.ErrorDataReceived += (_, line) =>
        {
            lock (log)
            {
                log.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        return new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, () =>
        {
            if (!process.WaitForExit(Timeout))
            {
                process.Kill();
                throw new TimeoutException("the server did not exit");
            }

            return process.ExitCode;
        }, () => { lock (log) { return log.ToString(); } }, process);
    }

    /// <summary>Sends a request and returns the whole response (with <c>result</c> or <c>error</c>); notifications that arrive meanwhile are kept.</summary>
    public JsonNode Request(string method, JsonNode? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return Take(message => message["id"]?.GetValue<int>() == id && message["method"] is null, $"the response to {method}");
    }

    /// <summary>Sends a notification.</summary>
    public void Notify(string method, JsonNode? parameters = null) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Writes bytes as they are, framing and all.</summary>
    public void SendRaw(string text)
    {
        toServer.Write(Encoding.UTF8.GetBytes(text));
        toServer.Flush();
    }

    /// <summary>The next <c>publishDiagnostics</c> for <paramref name="uri"/> (of <paramref name="version"/>, when given).</summary>
    public JsonArray Diagnostics(string uri, int? version = null)
    {
        var message = Take(
            m => m["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && m["params"]!["uri"]!.GetValue<string>() == uri
                && (version is null || m["params"]!["version"]?.GetValue<int>() == version),
            $"diagnostics for {uri}");
        return message["params"]!["diagnostics"]!.AsArray();
    }

    /// <summary>The next notification of <paramref name="method"/>.</summary>
    public JsonNode Notification(string method) =>
        Take(m => m["method"]?.GetValue<string>() == method && m["id"] is null, method);

    /// <summary>The next message that <paramref name="match"/> accepts.</summary>
    public JsonNode Message(Func<JsonNode, bool> match, string what) => Take(match, what);

    /// <summary>Sends <c>shutdown</c> and <c>exit</c>; the server's exit code.</summary>
    public int Stop()
    {
        Request("shutdown")["result"].Should().BeNull();
        Notify("exit");
        return waitForExit();
    }

    /// <summary>Closes the server's input and waits for it to end.</summary>
    public int CloseInput()
    {
        toServer.Dispose();
        return waitForExit();
    }

    public void Dispose()
    {
        // The end of its input stops the server; then nothing of it is left running.
        toServer.Dispose();
        try
        {
            waitForExit();
        }
        catch (TimeoutException)
        {
        }

        foreach (var resource in owned)
        {
            resource.Dispose();
        }
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        toServer.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        toServer.Write(body);
        toServer.Flush();
    }

    private JsonNode Take(Func<JsonNode, bool> match, string what)
    {
        var kept = unclaimed.FirstOrDefault(match);
        if (kept is not null)
        {
            unclaimed.Remove(kept);
            return kept;
        }

        var deadline = DateTime.UtcNow + Timeout;
        while (incoming.TryTake(out var message, Max(deadline - DateTime.UtcNow)))
        {
            if (match(message))
            {
                return message;
            }

            unclaimed.Add(message);
        }

        throw new TimeoutException($"no {what} within {Timeout.TotalSeconds} s; server log:\n{Log()}\nother messages:\n{string.Join('\n', unclaimed.Select(m => m.ToJsonString()))}");
    }

    private static TimeSpan Max(TimeSpan left) => left < TimeSpan.Zero ? TimeSpan.Zero : left;

    // A strict reader of its own (not the server's): headers must be Content-Length (or Content-Type)
    // and the body exactly that many bytes of JSON.
    private void ReadAll(Stream stream)
    {
        try
        {
            while (true)
            {
                var length = -1;
                string? line;
                while ((line = ReadLine(stream)) is { Length: > 0 })
                {
                    if (line.StartsWith("Content-Length: ", StringComparison.Ordinal))
                    {
                        length = int.Parse(line["Content-Length: ".Length..]);
                    }
                    else if (!line.StartsWith("Content-Type: ", StringComparison.Ordinal))
                    {
                        Garbage.AppendLine(line);
                    }
                }

                if (line is null)
                {
                    return;
                }

                var body = new byte[length];
                stream.ReadExactly(body);
                incoming.Add(JsonNode.Parse(body)!);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or EndOfStreamException)
        {
        }
        finally
        {
            incoming.CompleteAdding();
        }
    }

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        int next;
        while ((next = stream.ReadByte()) >= 0)
        {
            if (next == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            }

            bytes.Add((byte)next);
        }

        return bytes.Count == 0 ? null : Encoding.ASCII.GetString([.. bytes]);
    }
}
