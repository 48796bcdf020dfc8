using System.Text;

namespace OpenApiStatusLint.Diagnostics;

/// <summary>
/// JSON pointers in URI-fragment form: <c>#/paths/~1pets~1{id}/get</c>.
/// Segments are escaped (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>) but not percent-encoded.
/// </summary>
public static class DocumentPointer
{
    /// <summary>The pointer of the whole document.</summary>
    public const string Root = "#";

    /// <summary>Appends one unescaped segment to a pointer.</summary>
    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    /// <summary>Appends an array index to a pointer.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Builds a pointer from unescaped segments.</summary>
    public static string From(params string[] segments)
    {
        var builder = new StringBuilder(Root);
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Escape(segment));
        }

        return builder.ToString();
    }

    /// <summary>Escapes one segment.</summary>
    public static string Escape(string segment) =>
        segment.Contains('~') || segment.Contains('/') ? segment.Replace("~", "~0").Replace("/", "~1") : segment;

    /// <summary>Unescapes one segment of a pointer of this form (no percent-encoding: a key such as <c>/a%20b</c> stays as it is).</summary>
    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    /// <summary>The unescaped segments of a pointer; accepts <c>#/a/b</c>, <c>/a/b</c>, <c>#</c> and the empty string.</summary>
    public static IReadOnlyList<string> Segments(string pointer)
    {
        var body = pointer.StartsWith('#') ? pointer.AsSpan(1) : pointer.AsSpan();
        if (body.Length == 0)
        {
            return [];
        }

        // Every finding and every $ref is located through here: one array, and a string only per segment.
        var rest = body.TrimStart('/');
        var segments = new string[rest.Count('/') + 1];
        for (var index = 0; index < segments.Length; index++)
        {
            var slash = rest.IndexOf('/');
            var segment = slash < 0 ? rest : rest[..slash];
            segments[index] = segment.Contains('~') ? Unescape(segment.ToString()) : segment.ToString();
            rest = slash < 0 ? [] : rest[(slash + 1)..];
        }

        return segments;
    }

    /// <summary>The pointer one level up, or null for the root.</summary>
    public static string? Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash < 0 ? null : pointer[..slash];
    }

    /// <summary>Normalises a URI fragment (<c>/a/b</c>, <c>a</c>, empty; percent-encoding decoded) into <c>#/a/b</c> form.</summary>
    public static string FromFragment(string fragment)
    {
        var body = fragment.TrimStart('#');
        if (body.Length == 0)
        {
            return Root;
        }

        // A $ref's fragment is part of a URI, so it may be percent-encoded (RFC 6901, section 6).
        var segments = body.TrimStart('/').Split('/').Select(segment => Unescape(segment.Contains('%') ? Uri.UnescapeDataString(segment) : segment));
        return From(segments.ToArray());
    }
}
