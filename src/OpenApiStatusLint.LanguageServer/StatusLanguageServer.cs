using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpenApiStatusLint.LanguageServer.Protocol;
using OpenApiStatusLint.LanguageServer.Transport;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// <c>statuslint lsp</c>: a Language Server Protocol 3.17 server over a pair of streams. One thread
/// reads and parses messages; this one handles them in order and lints a changed document once no
/// message is waiting, so a burst of keystrokes is linted once, on its last text. A change that
/// arrives while its document is being linted stops that lint before it publishes what is already
/// out of date. The editor sends only what changed (incremental sync). Nothing but protocol
/// messages is written to <c>output</c>; problems with the stream itself go to <c>log</c>.
/// </summary>
/// <param name="input">Where the client's messages arrive (standard input).</param>
/// <param name="output">Where the server's messages go (standard output).</param>
/// <param name="log">Standard error: what editors show as the server's log.</param>
/// <param name="documentChecks">The packs implemented in code that configs and settings may name.</param>
/// <param name="workingDirectory">The folder a relative <c>configPath</c> is resolved against until the client names its root.</param>
/// <param name="logTiming">Whether to log when each lint starts, how long it took (wall and process CPU), how long since the change arrived, and when one was stopped.</param>
public sealed class StatusLanguageServer(Stream input, Stream output, TextWriter log, IReadOnlyList<IDocumentCheck> documentChecks, string workingDirectory, bool logTiming = false)
{
    private readonly JsonRpcConnection connection = new(new MessageWriter(output));
    private readonly Dictionary<string, OpenDocument> documents = new(StringComparer.Ordinal);
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> changedAt = new(StringComparer.Ordinal);
    private readonly ChangeArrivals arrivals = new();
    private DocumentAnalyzer analyzer = new(documentChecks, workingDirectory);
    private ServerSettings settings = ServerSettings.Default;
    private bool initialized;
    private bool shutdownRequested;
    private bool exitRequested;

    /// <summary>Serves until <c>exit</c> or the end of the input; 0 when <c>shutdown</c> came first, else 1 (as the protocol says).</summary>
    public int Run()
    {
        // A blocking queue, not a channel: the reader wakes this thread directly, with no hop through
        // the thread pool (which, on a busy machine, can wait tens of milliseconds for a core).
        // Not disposed: the reader thread may still be adding what arrives after exit.
        var inbox = new BlockingCollection<ReceivedMessage>();
        var reader = new Thread(() => ReadAll(inbox)) { IsBackground = true, Name = "statuslint lsp reader" };
        reader.Start();
        try
        {
            while (!exitRequested)
            {
                if (inbox.TryTake(out var next))
                {
                    Handle(next);
                }
                else if (pending.Count > 0)
                {
                    LintPending();
                }
                else if (inbox.TryTake(out next, Timeout.Infinite))
                {
                    Handle(next);
                }
                else
                {
                    break;
                }
            }
        }
        catch (IOException exception)
        {
            // The client closed its end: there is no one left to answer.
            log.WriteLine($"statuslint lsp: writing standard output failed: {exception.Message}");
            return 1;
        }

        return shutdownRequested ? 0 : 1;
    }

    private void ReadAll(BlockingCollection<ReceivedMessage> inbox)
    {
        var reader = new MessageReader(input);
        try
        {
            while (reader.Read() is { } frame)
            {
                var message = ReceivedMessage.From(frame, Stopwatch.GetTimestamp());
                if (message.ChangedUri is { } uri)
                {
                    arrivals.Arrived(uri);
                }

                inbox.Add(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            log.WriteLine($"statuslint lsp: reading standard input failed: {exception.Message}");
        }
        finally
        {
            inbox.CompleteAdding();
        }
    }

    private void Handle(ReceivedMessage received)
    {
        if (received.ChangedUri is { } changedUri)
        {
            arrivals.Handled(changedUri);
        }

        if (received.Json is not { } json)
        {
            if (received.IsJsonProblem)
            {
                connection.RespondError(null, ErrorCodes.ParseError, "the message is not JSON: " + received.Problem);
            }
            else
            {
                log.WriteLine($"statuslint lsp: ignored {received.Problem}");
            }

            return;
        }

        var receivedAt = received.ReceivedAt;
        using (json)
        {
            var message = IncomingMessage.From(json.RootElement);
            if (message is null)
            {
                connection.RespondError(null, ErrorCodes.InvalidRequest, "a JSON-RPC message is an object with a method");
                return;
            }

            if (message.Method is null)
            {
                // A response: the server sends no requests, so there is nothing waiting for it.
                return;
            }

            try
            {
                Dispatch(message, receivedAt);
            }
            catch (Exception exception) when (exception is not (OutOfMemoryException or IOException))
            {
                // The server outlives any one message; the client learns what failed and can carry on.
                log.WriteLine($"statuslint lsp: {message.Method} failed: {exception}");
                if (message.IsRequest)
                {
                    connection.RespondError(message.Id, ErrorCodes.InternalError, $"statuslint failed on {message.Method}: {exception.Message}");
                }
            }
        }
    }

    private void Dispatch(IncomingMessage message, long receivedAt)
    {
        if (message.Method == "exit")
        {
            exitRequested = true;
            return;
        }

        if (!initialized && message.Method != "initialize")
        {
            if (message.IsRequest)
            {
                connection.RespondError(message.Id, ErrorCodes.ServerNotInitialized, "the server is not initialized; send initialize first");
            }

            return;
        }

        if (shutdownRequested)
        {
            if (message.IsRequest)
            {
                connection.RespondError(message.Id, ErrorCodes.InvalidRequest, "the server is shutting down; only exit is accepted");
            }

            return;
        }

        switch (message.Method)
        {
            case "initialize" when message.IsRequest:
                Initialize(message);
                break;
            case "initialized":
                break;
            case "shutdown" when message.IsRequest:
                shutdownRequested = true;
                connection.RespondNull(message.Id!.Value);
                break;
            case "textDocument/didOpen":
                if (TryRead(message, LspJsonContext.Default.DidOpenTextDocumentParams, out var opened))
                {
                    Open(opened.TextDocument);
                }

                break;
            case "textDocument/didChange":
                if (TryRead(message, LspJsonContext.Default.DidChangeTextDocumentParams, out var changed))
                {
                    Change(changed, receivedAt);
                }

                break;
            case "textDocument/didSave":
                if (TryRead(message, LspJsonContext.Default.DidSaveTextDocumentParams, out var saved))
                {
                    Save(saved);
                }

                break;
            case "textDocument/didClose":
                if (TryRead(message, LspJsonContext.Default.TextDocumentParams, out var closed))
                {
                    Close(closed.TextDocument.Uri);
                }

                break;
            case "textDocument/codeAction" when message.IsRequest:
                if (TryRead(message, LspJsonContext.Default.CodeActionParams, out var asked))
                {
                    connection.Respond(message.Id!.Value, CodeActionsFor(asked), LspJsonContext.Default.IReadOnlyListCodeAction);
                }

                break;
            case "textDocument/hover" when message.IsRequest:
                if (TryRead(message, LspJsonContext.Default.TextDocumentPositionParams, out var position))
                {
                    RespondHover(message.Id!.Value, position);
                }

                break;
            case "workspace/didChangeConfiguration":
                ChangeSettings(message.Params.ValueKind == JsonValueKind.Object && message.Params.TryGetProperty("settings", out var values) ? values : default);
                break;
            case "workspace/didChangeWatchedFiles":
                if (TryRead(message, LspJsonContext.Default.DidChangeWatchedFilesParams, out var watched))
                {
                    foreach (var change in watched.Changes)
                    {
                        if (DocumentUri.ToPath(change.Uri) is { } path)
                        {
                            MarkDependants(path, except: null);
                        }
                    }
                }

                break;
            default:
                // Notifications the server does not handle ($/setTrace, $/cancelRequest, ...) are dropped, as the protocol allows.
                if (message.IsRequest)
                {
                    connection.RespondError(message.Id, ErrorCodes.MethodNotFound, $"statuslint does not handle {message.Method}");
                }

                break;
        }
    }

    private void Initialize(IncomingMessage message)
    {
        var parameters = message.Params;
        if (parameters.ValueKind == JsonValueKind.Object)
        {
            if (parameters.TryGetProperty("rootUri", out var rootUri) && rootUri.ValueKind == JsonValueKind.String && DocumentUri.ToPath(rootUri.GetString()!) is { } root)
            {
                analyzer = new DocumentAnalyzer(documentChecks, root);
            }

            if (parameters.TryGetProperty("initializationOptions", out var options))
            {
                ChangeSettings(options);
            }
        }

        initialized = true;
        var capabilities = new ServerCapabilities(
            // Incremental: a keystroke in a 13 MB spec costs a few bytes on the wire, not the whole text.
            // The server's copy is exact, so a save need not send the text again.
            new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental, Save: new SaveOptions(IncludeText: false)),
            new CodeActionOptions([CodeActions.QuickFixKind, CodeActions.FixAllKind]),
            HoverProvider: true);
        var version = typeof(StatusLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        connection.Respond(message.Id!.Value, new InitializeResult(capabilities, new ServerInfo("statuslint", version)), LspJsonContext.Default.InitializeResult);
    }

    private void Open(TextDocumentItem item)
    {
        if (DocumentUri.ToPath(item.Uri) is not { } path)
        {
            return;
        }

        var document = new OpenDocument(item.Uri, path) { Text = item.Text, Version = item.Version };
        documents[item.Uri] = document;
        pending.Add(item.Uri);
    }

    private void Change(DidChangeTextDocumentParams changed, long receivedAt)
    {
        if (!documents.TryGetValue(changed.TextDocument.Uri, out var document))
        {
            return;
        }

        foreach (var change in changed.ContentChanges)
        {
            document.Text = TextChanges.Apply(document.Text, change);
        }

        document.Version = changed.TextDocument.Version ?? document.Version + 1;
        changedAt.TryAdd(document.Uri, receivedAt);
        pending.Add(document.Uri);
    }

    private void Save(DidSaveTextDocumentParams saved)
    {
        if (DocumentUri.ToPath(saved.TextDocument.Uri) is not { } path)
        {
            return;
        }

        if (documents.TryGetValue(saved.TextDocument.Uri, out var document))
        {
            // The lint of the text just saved stands unless the text differs or a file it read changed
            // (with autosave, every edit is followed by a save: linting again would double the work).
            if (saved.Text is not null && saved.Text != document.Text)
            {
                document.Text = saved.Text;
                document.Stale = true;
            }
            else if (document.Analysis?.DependencyChanged() != false)
            {
                document.Stale = true;
            }

            pending.Add(document.Uri);
        }

        // The file is on disk now: the specs that $ref it, or that it configures, read the new text.
        MarkDependants(path, except: saved.TextDocument.Uri);
    }

    private void Close(string uri)
    {
        if (!documents.Remove(uri, out var document))
        {
            return;
        }

        pending.Remove(uri);
        changedAt.Remove(uri);
        foreach (var file in document.Published.Keys.Append(document.Path).Distinct())
        {
            Publish(file);
        }
    }

    private void ChangeSettings(JsonElement values)
    {
        var problems = new List<string>();
        settings = ServerSettings.From(values, settings, problems);
        foreach (var problem in problems)
        {
            connection.Notify("window/showMessage", new ShowMessageParams(2, "statuslint: " + problem + "; the setting is ignored"), LspJsonContext.Default.ShowMessageParams);
        }

        foreach (var document in documents.Values)
        {
            document.Stale = true;
            pending.Add(document.Uri);
        }
    }

    private void MarkDependants(string path, string? except)
    {
        var isConfig = Config.ConfigLoader.FileNames.Contains(Path.GetFileName(path), StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(path) + Path.DirectorySeparatorChar;
        foreach (var document in documents.Values.Where(d => d.Uri != except))
        {
            // A config applies below its folder, and may be new (so no lint lists it yet).
            var depends = document.Analysis?.Dependencies.ContainsKey(path) == true || (isConfig && document.Path.StartsWith(folder, StringComparison.Ordinal));
            if (depends)
            {
                document.Stale = true;
                pending.Add(document.Uri);
            }
        }
    }

    private IReadOnlyList<CodeAction> CodeActionsFor(CodeActionParams asked)
    {
        if (Current(asked.TextDocument.Uri) is not { } document)
        {
            return [];
        }

        return CodeActions.For(document.Analysis!, document.Path, asked.Range, asked.Context?.Only, UriOf);
    }

    private void RespondHover(JsonElement id, TextDocumentPositionParams position)
    {
        if (Current(position.TextDocument.Uri) is { } document && HoverText.For(document.Analysis!, document.Path, position.Position) is { } hover)
        {
            connection.Respond(id, hover, LspJsonContext.Default.Hover);
        }
        else
        {
            connection.RespondNull(id);
        }
    }

    // A request about a document answers for its current text: a lint still waiting runs first.
    private OpenDocument? Current(string uri)
    {
        if (!documents.TryGetValue(uri, out var document))
        {
            return null;
        }

        if (!document.IsCurrent)
        {
            // Never cancelled: the request is about this text.
            Lint(document, CancellationToken.None);
        }

        return document;
    }

    private void LintPending()
    {
        foreach (var uri in pending.ToList())
        {
            if (documents.TryGetValue(uri, out var document) && !document.IsCurrent)
            {
                var cancel = arrivals.StartLint(uri);
                try
                {
                    if (!Lint(document, cancel))
                    {
                        // A newer text is in the inbox; it is handled next and linted then.
                        return;
                    }
                }
                catch (Exception exception) when (exception is not (OutOfMemoryException or IOException))
                {
                    // A statuslint bug on this text: the server carries on, and the next change tries again.
                    log.WriteLine($"statuslint lsp: linting {uri} failed: {exception}");
                }
                finally
                {
                    arrivals.EndLint();
                }
            }

            pending.Remove(uri);
        }
    }

    // False when a newer change cancelled it: nothing was published and the document stays pending.
    private bool Lint(OpenDocument document, CancellationToken cancel)
    {
        if (logTiming)
        {
            log.WriteLine($"statuslint lsp: {document.Uri} version {document.Version}: linting");
        }

        var started = Stopwatch.GetTimestamp();
        // CPU as well as wall time: on a busy machine the wall time is mostly waiting for a core.
        var cpuStarted = logTiming ? Environment.CpuUsage.TotalTime : TimeSpan.Zero;
        var fullCollections = GC.CollectionCount(2);
        // The last lint is of an older text and nothing reads it while this one runs: let it go now,
        // so that a large spec's two trees are never in memory (and in the collector's way) at once.
        document.Analysis = null;
        var analysis = analyzer.Analyze(document.Path, document.Text, document.Version, settings, document.IsOpenApi, cancel);
        var linted = Stopwatch.GetTimestamp();
        if (analysis is null)
        {
            if (logTiming)
            {
                log.WriteLine($"statuslint lsp: {document.Uri} version {document.Version}: lint stopped after {Stopwatch.GetElapsedTime(started, linted).TotalMilliseconds:0.0} ms, a newer change arrived");
            }

            return false;
        }

        document.Analysis = analysis;
        document.IsOpenApi = analysis.IsOpenApi;
        document.Stale = false;
        pending.Remove(document.Uri);
        var byFile = analysis.Shown
            .GroupBy(d => d.Location.File, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<LspDiagnostic>)group.Select(d => DiagnosticConverter.ToLsp(d, UriOf)).ToList(), StringComparer.Ordinal);
        var touched = document.Published.Keys.Concat(byFile.Keys).Append(document.Path).Distinct(StringComparer.Ordinal).ToList();
        document.Published.Clear();
        foreach (var (file, diagnostics) in byFile)
        {
            document.Published[file] = diagnostics;
        }

        foreach (var file in touched)
        {
            Publish(file);
        }

        if (logTiming)
        {
            var lint = Stopwatch.GetElapsedTime(started, linted).TotalMilliseconds;
            var publish = Stopwatch.GetElapsedTime(linted).TotalMilliseconds;
            var since = changedAt.Remove(document.Uri, out var arrived)
                ? $", {Stopwatch.GetElapsedTime(arrived).TotalMilliseconds:0.0} ms after the change arrived (the lint started after {Stopwatch.GetElapsedTime(arrived, started).TotalMilliseconds:0.0} ms)"
                : string.Empty;
            var cpu = (Environment.CpuUsage.TotalTime - cpuStarted).TotalMilliseconds;
            log.WriteLine($"statuslint lsp: {document.Uri} version {document.Version}: linted in {lint:0.0} ms and published {analysis.Shown.Count} diagnostics in {publish:0.0} ms{since}; process CPU {cpu:0.0} ms, {GC.CollectionCount(2) - fullCollections} full collections");
        }
        else
        {
            changedAt.Remove(document.Uri);
        }

        return true;
    }

    // Every open document's findings in the file together: a shared file may hold findings of several specs.
    private void Publish(string file)
    {
        var diagnostics = documents.Values
            .SelectMany(d => d.Published.TryGetValue(file, out var list) ? list : [])
            .DistinctBy(d => (d.Range, d.Code, d.Message))
            .ToList();
        var open = documents.Values.FirstOrDefault(d => d.Path == file);
        connection.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(UriOf(file), diagnostics) { Version = open?.Version }, LspJsonContext.Default.PublishDiagnosticsParams);
    }

    private string UriOf(string path) =>
        documents.Values.FirstOrDefault(d => d.Path == path)?.Uri ?? DocumentUri.FromPath(path);

    private bool TryRead<T>(IncomingMessage message, JsonTypeInfo<T> type, out T value)
    {
        value = default!;
        string problem;
        try
        {
            if (message.Params.ValueKind == JsonValueKind.Object && message.Params.Deserialize(type) is { } read)
            {
                value = read;
                return true;
            }

            problem = "params must be an object";
        }
        catch (JsonException exception)
        {
            problem = exception.Message;
        }

        if (message.IsRequest)
        {
            connection.RespondError(message.Id, ErrorCodes.InvalidParams, $"{message.Method}: {problem}");
        }
        else
        {
            log.WriteLine($"statuslint lsp: ignored {message.Method}: {problem}");
        }

        return false;
    }
}
