using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Fetches an <c>http</c> or <c>https</c> <c>$ref</c> target, only when
/// <see cref="LoadOptions.AllowRemoteRefs"/> is on, within <see cref="LoadOptions.RemoteTimeout"/>
/// and <see cref="LoadOptions.MaxFileBytes"/>; every failure is a located exception.
/// </summary>
internal static class RemoteSource
{
    // One client for the process: a client per fetch would exhaust sockets on a big multi-file spec.
    // Its own Timeout is off because each fetch gets a deadline that also covers reading the body.
    private static readonly HttpClient Client = new(new SocketsHttpHandler { MaxAutomaticRedirections = 5 })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static bool IsRemote(string reference) =>
        reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static ParsedSource Read(string url, LoadOptions options)
    {
        var location = SourceRange.StartOf(url);
        using var deadline = new CancellationTokenSource(options.RemoteTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = Client.Send(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new SourceParseException($"fetching it answered HTTP {(int)response.StatusCode}", location);
            }

            if (response.Content.Headers.ContentLength > options.MaxFileBytes)
            {
                throw new SourceParseException(OverLimit(options), location);
            }

            using var stream = response.Content.ReadAsStream(deadline.Token);
            using var body = new MemoryStream();
            var buffer = new byte[81920];
            int read;

            // A server may send no Content-Length (or a wrong one): the cap is enforced while reading.
            while ((read = stream.ReadAsync(buffer, deadline.Token).AsTask().GetAwaiter().GetResult()) > 0)
            {
                if (body.Length + read > options.MaxFileBytes)
                {
                    throw new SourceParseException(OverLimit(options), location);
                }

                body.Write(buffer, 0, read);
            }

            return SourceReader.Parse(url, body.ToArray(), options);
        }
        catch (OperationCanceledException)
        {
            throw new SourceParseException($"fetching it took longer than {options.RemoteTimeout.TotalSeconds:0.#} s", location);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException or NotSupportedException)
        {
            throw new SourceParseException("cannot fetch it: " + exception.Message, location);
        }
    }

    private static string OverLimit(LoadOptions options) =>
        $"the response is over the {options.MaxFileBytes / (1024 * 1024)} MB limit (raise it with --max-file-size)";
}
