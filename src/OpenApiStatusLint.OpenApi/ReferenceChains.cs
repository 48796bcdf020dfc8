using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.OpenApi;

/// <summary>
/// Chains of local <c>$ref</c>s that lead to another <c>$ref</c> (<c>S0 → S1 → … → a schema</c>).
/// Microsoft.OpenApi's time grows with the square of such a chain (2,000 links: 23 s; 13,000: far
/// over a minute, measured), so the <c>openapi</c> pack does not hand it a document with a long one.
/// </summary>
internal static class ReferenceChains
{
    /// <summary>The pointer of the first <c>$ref</c> whose chain has more than <paramref name="limit"/> links, or null when none has.</summary>
    public static string? FirstLongerThan(SourceObject root, int limit)
    {
        var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new Stack<(SourceNode Node, string Pointer)>();
        pending.Push((root, DocumentPointer.Root));
        while (pending.TryPop(out var entry))
        {
            switch (entry.Node)
            {
                case SourceObject map:
                    if (LocalReference(map) is { } reference && Length(root, reference, lengths, limit) > limit)
                    {
                        return entry.Pointer;
                    }

                    foreach (var member in map)
                    {
                        pending.Push((member.Value, DocumentPointer.Append(entry.Pointer, member.Key)));
                    }

                    break;
                case SourceArray list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        pending.Push((list[i], DocumentPointer.Append(entry.Pointer, i)));
                    }

                    break;
            }
        }

        return null;
    }

    // Links from `reference` on, counted once per distinct $ref: each chain is walked once however
    // many places share it. A loop of $refs never ends, so it counts as longer than any limit.
    private static int Length(SourceObject root, string reference, Dictionary<string, int> lengths, int limit)
    {
        var walked = new List<string>();
        var current = reference;
        int rest;
        while (true)
        {
            if (lengths.TryGetValue(current, out rest))
            {
                break;
            }

            if (walked.Count > limit || walked.Contains(current))
            {
                rest = limit + 1;
                break;
            }

            walked.Add(current);
            if (NodeLookup.Resolve(root, DocumentPointer.FromFragment(current)) is not SourceObject target || LocalReference(target) is not { } next)
            {
                rest = 0;
                break;
            }

            current = next;
        }

        for (var i = walked.Count - 1; i >= 0; i--)
        {
            rest = Math.Min(rest + 1, limit + 1);
            lengths[walked[i]] = rest;
        }

        return lengths.GetValueOrDefault(reference, rest);
    }

    private static string? LocalReference(SourceObject map) =>
        map["$ref"] is SourceScalar { Text: ['#', ..] text } ? text : null;
}
