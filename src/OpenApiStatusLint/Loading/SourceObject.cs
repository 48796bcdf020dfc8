using System.Collections;

namespace OpenApiStatusLint.Loading;

/// <summary>A mapping, its members in the order written.</summary>
public sealed class SourceObject : SourceNode, IReadOnlyList<SourceMember>
{
    // Most mappings of an OpenAPI document are small; a lookup table pays off only for larger ones.
    private const int IndexFrom = 8;

    private readonly SourceMember[] members;
    private Dictionary<string, int>? index;

    internal SourceObject(string file, SourceSpan span, SourceMember[] members)
        : base(file, span)
    {
        this.members = members;
    }

    /// <inheritdoc />
    public int Count => members.Length;

    /// <inheritdoc />
    public SourceMember this[int position] => members[position];

    /// <summary>True when the mapping has the key.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The value of <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out SourceNode value)
    {
        var position = IndexOf(key);
        value = position >= 0 ? members[position].Value : null!;
        return position >= 0;
    }

    /// <summary>The member of <paramref name="key"/>, with its key's span.</summary>
    public bool TryGetMember(string key, out SourceMember member)
    {
        var position = IndexOf(key);
        member = position >= 0 ? members[position] : default;
        return position >= 0;
    }

    /// <summary>The members in order, without allocating for <c>foreach</c>.</summary>
    public ArrayEnumerator<SourceMember> GetEnumerator() => new(members);

    IEnumerator<SourceMember> IEnumerable<SourceMember>.GetEnumerator() => ((IEnumerable<SourceMember>)members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => members.GetEnumerator();

    internal override SourceNode DeepClone() =>
        new SourceObject(File, Span, members.Select(member => member with { Value = member.Value.DeepClone() }).ToArray());

    /// <summary>Puts another node in place of a member's value (an external <c>$ref</c> read in); the key keeps its place.</summary>
    internal void Replace(string key, SourceNode value)
    {
        var position = IndexOf(key);
        var member = members[position];
        members[position] = member with { Value = value, Written = member.WrittenValue };
    }

    private int IndexOf(string key)
    {
        if (members.Length < IndexFrom)
        {
            for (var i = 0; i < members.Length; i++)
            {
                if (string.Equals(members[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        // Rules check a large spec's operations on several threads: two may build the table at
        // once; each builds its own, and the one written last is kept (published whole).
        var table = Volatile.Read(ref index);
        if (table is null)
        {
            table = new Dictionary<string, int>(members.Length, StringComparer.Ordinal);
            for (var i = 0; i < members.Length; i++)
            {
                table.TryAdd(members[i].Key, i);
            }

            Volatile.Write(ref index, table);
        }

        return table.TryGetValue(key, out var found) ? found : -1;
    }
}
