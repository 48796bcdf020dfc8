namespace OpenApiStatusLint.LanguageServer;

/// <summary>Between the <c>file:</c> URIs editors send and the full paths the library uses.</summary>
public static class DocumentUri
{
    /// <summary>The full path of a <c>file:</c> URI, or null for any other scheme (<c>untitled:</c>, <c>git:</c>).</summary>
    public static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    /// <summary>The <c>file:</c> URI of a full path.</summary>
    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}
