namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// Which documents have a <c>didChange</c> that arrived but is not handled yet. The reader thread
/// says so the moment a change is read, which cancels a lint of that document in progress: its
/// diagnostics would be of a text the editor no longer shows, and the next lint is already due.
/// </summary>
public sealed class ChangeArrivals
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> waiting = new(StringComparer.Ordinal);
    private string? lintedUri;
    private CancellationTokenSource? lint;

    /// <summary>The reader thread read a change of <paramref name="uri"/> (before handing it over).</summary>
    public void Arrived(string uri)
    {
        lock (gate)
        {
            waiting[uri] = waiting.GetValueOrDefault(uri) + 1;
            if (lintedUri == uri)
            {
                lint!.Cancel();
            }
        }
    }

    /// <summary>The server took a change of <paramref name="uri"/> from its inbox.</summary>
    public void Handled(string uri)
    {
        lock (gate)
        {
            if (waiting.TryGetValue(uri, out var count) && count > 1)
            {
                waiting[uri] = count - 1;
            }
            else
            {
                waiting.Remove(uri);
            }
        }
    }

    /// <summary>A lint of <paramref name="uri"/> starts: its token is cancelled when a change of it arrives (or already has).</summary>
    public CancellationToken StartLint(string uri)
    {
        lock (gate)
        {
            lint?.Dispose();
            lint = new CancellationTokenSource();
            lintedUri = uri;
            if (waiting.ContainsKey(uri))
            {
                lint.Cancel();
            }

            return lint.Token;
        }
    }

    /// <summary>The lint started last is over.</summary>
    public void EndLint()
    {
        lock (gate)
        {
            lint?.Dispose();
            lint = null;
            lintedUri = null;
        }
    }
}
