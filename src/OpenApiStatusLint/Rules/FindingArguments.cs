using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// A finding's message values (<c>method</c>, <c>path</c>, <c>code</c>, ...) in one array, in the
/// order they were set. A finding keeps these as its <c>Properties</c>, and a large document has
/// over a hundred thousand findings: a hash table for five keys costs three times the memory of
/// the array, and looking a key up among five is as fast as hashing it.
/// </summary>
internal sealed class FindingArguments : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] pairs;

    private FindingArguments(KeyValuePair<string, string>[] pairs) => this.pairs = pairs;

    public int Count => pairs.Length;

    public IEnumerable<string> Keys => pairs.Select(pair => pair.Key);

    public IEnumerable<string> Values => pairs.Select(pair => pair.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no argument '{key}'");

    /// <summary>
    /// The check's own values, then <c>method</c>, <c>path</c>, <c>operation</c>, and <c>code</c> and
    /// <c>header</c> when given; a later key replaces an earlier one's value in its place, as a
    /// dictionary's indexer would.
    /// </summary>
    public static FindingArguments Of(IReadOnlyDictionary<string, string> own, string method, string path, string operation, string? code, string? header)
    {
        var pairs = new KeyValuePair<string, string>[own.Count + 3 + (code is null ? 0 : 1) + (header is null ? 0 : 1)];
        var count = 0;
        foreach (var pair in own)
        {
            pairs[count++] = pair;
        }

        Set(pairs, ref count, "method", method);
        Set(pairs, ref count, "path", path);
        Set(pairs, ref count, "operation", operation);
        if (code is not null)
        {
            Set(pairs, ref count, "code", code);
        }

        if (header is not null)
        {
            Set(pairs, ref count, "header", header);
        }

        return new FindingArguments(count == pairs.Length ? pairs : pairs[..count]);
    }

    public bool ContainsKey(string key) => IndexOf(pairs, pairs.Length, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(pairs, pairs.Length, key);
        value = index >= 0 ? pairs[index].Value : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static void Set(KeyValuePair<string, string>[] pairs, ref int count, string key, string value)
    {
        var index = IndexOf(pairs, count, key);
        pairs[index >= 0 ? index : count++] = new(key, value);
    }

    private static int IndexOf(KeyValuePair<string, string>[] pairs, int count, string key)
    {
        for (var index = 0; index < count; index++)
        {
            if (string.Equals(pairs[index].Key, key, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }
}
