using System.Buffers.Binary;
using System.Text;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Hands out one string per distinct short UTF-8 text: a spec repeats the same keys and small
/// values (<c>description</c>, <c>type</c>, <c>string</c>, <c>application/json</c>) hundreds of
/// thousands of times, and a string each would be most of what a large document allocates.
/// </summary>
/// <remarks>
/// Texts are looked up by their bytes, so a text already seen is neither decoded nor hashed as
/// UTF-16 again: this lookup runs for nearly every token of a document (open addressing with
/// linear probing; the table only grows).
/// </remarks>
internal sealed class Utf8StringCache
{
    // Longer texts are descriptions and examples: rarely repeated, not worth hashing.
    private const int MaxLength = 48;

    // Bounds the cache on a document of distinct values; past it, strings are made as before.
    private const int MaxEntries = 50_000;

    // Small at first: fix reads every inserted fragment with a cache of its own, and a big document's table grows in a few doublings.
    private Entry[] entries = new Entry[16];
    private int count;

    /// <summary>The string for <paramref name="utf8"/>, which must be valid, unescaped UTF-8.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var hash = HashOf(utf8);
        var mask = entries.Length - 1;
        var slot = hash & mask;
        while (entries[slot].Text is { } known)
        {
            if (entries[slot].Hash == hash && utf8.SequenceEqual(entries[slot].Utf8))
            {
                return known;
            }

            slot = (slot + 1) & mask;
        }

        var made = Encoding.UTF8.GetString(utf8);
        if (count < MaxEntries)
        {
            entries[slot] = new Entry(hash, utf8.ToArray(), made);
            if (++count * 2 > entries.Length)
            {
                Grow();
            }
        }

        return made;
    }

    // Eight bytes at a time (a byte-at-a-time FNV-1a was half of a lookup), then mixed so that the
    // table's low bits depend on every byte.
    private static int HashOf(ReadOnlySpan<byte> utf8)
    {
        var hash = 14695981039346656037ul ^ (ulong)utf8.Length;
        while (utf8.Length >= sizeof(ulong))
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8)) * 1099511628211ul;
            hash ^= hash >> 29;
            utf8 = utf8[sizeof(ulong)..];
        }

        // The last 0 to 7 bytes in at most two reads, which may overlap: the length is in the hash already.
        var rest = utf8.Length;
        var tail = rest >= sizeof(uint)
            ? BinaryPrimitives.ReadUInt32LittleEndian(utf8) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(utf8[(rest - sizeof(uint))..]) << 32)
            : rest > 0 ? utf8[0] | ((ulong)utf8[rest >> 1] << 8) | ((ulong)utf8[rest - 1] << 16) : 0ul;

        hash = (hash ^ tail) * 11400714819323198485ul;
        return (int)(hash >> 33);
    }

    private void Grow()
    {
        var old = entries;
        entries = new Entry[old.Length * 2];
        var mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Text is null)
            {
                continue;
            }

            var slot = entry.Hash & mask;
            while (entries[slot].Text is not null)
            {
                slot = (slot + 1) & mask;
            }

            entries[slot] = entry;
        }
    }

    private readonly record struct Entry(int Hash, byte[] Utf8, string Text);
}
