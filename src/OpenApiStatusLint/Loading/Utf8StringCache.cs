using System.Text;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Hands out one string per distinct short UTF-8 text: a spec repeats the same keys and small
/// values (<c>description</c>, <c>type</c>, <c>string</c>, <c>application/json</c>) hundreds of
/// thousands of times, and a string each would be most of what a large document allocates.
/// </summary>
internal sealed class Utf8StringCache
{
    // Longer texts are descriptions and examples: rarely repeated, not worth hashing.
    private const int MaxLength = 48;

    // Bounds the cache on a document of distinct values; past it, strings are made as before.
    private const int MaxEntries = 50_000;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Utf8StringCache()
    {
        lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The string for <paramref name="utf8"/>, which must be valid, unescaped UTF-8.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxLength];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..length];
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = new string(text);
        if (strings.Count < MaxEntries)
        {
            strings.Add(made, made);
        }

        return made;
    }
}
