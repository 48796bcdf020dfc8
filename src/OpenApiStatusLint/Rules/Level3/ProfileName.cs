namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// Turns what <c>x-level3-profiles</c> says into a short profile name. A short name (<c>Data</c>)
/// is taken as is; a profile URI is accepted in every form level3.rest has published, since older
/// documents still carry them: <c>https://level3.rest/profiles/data</c>, the pre-2020
/// <c>http://</c> scheme, and <c>/profiles/mixins/entity</c> with the pre-2023 singular
/// <c>/profiles/mixin/entity</c>. Pattern-role URIs (<c>/patterns/list#list-resource</c>) may share
/// the profile header but add no status codes, so they are recognised and ignored.
/// </summary>
public static class ProfileName
{
    private const string Host = "level3.rest";

    /// <summary>The lower-case short name, or null when <paramref name="written"/> names no profile; <paramref name="isPattern"/> is true for a pattern-role URI.</summary>
    public static string? Parse(string written, out bool isPattern)
    {
        isPattern = false;
        var text = written.Trim().ToLowerInvariant();
        if (!text.StartsWith("http://", StringComparison.Ordinal) && !text.StartsWith("https://", StringComparison.Ordinal))
        {
            return text.Length > 0 && text.All(c => char.IsAsciiLetter(c) || c == '-') ? text : null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host is not (Host or "www." + Host))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["patterns", ..])
        {
            isPattern = true;
            return null;
        }

        return segments switch
        {
            ["profiles", "mixins" or "mixin", var name] => name,
            ["profiles", var name] => name,
            _ => null,
        };
    }
}
