using System.Collections.Concurrent;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model;

/// <summary>
/// Follows local <c>$ref</c>s (<c>#/components/responses/NotFound</c>, or any JSON pointer into the
/// document) to the node they name. Other files' <c>$ref</c>s were read in by the loader already;
/// one it could not follow (a remote URL, a missing file) stays as written and counts as
/// unresolved here, the loader having reported why.
/// </summary>
public sealed class LocalReferences(SourceObject root)
{
    // A large spec $refs the same few hundred definitions tens of thousands of times; the tree does
    // not change once loaded, so each reference is parsed and walked to once. Concurrent, as the
    // model may be read from several threads.
    private readonly ConcurrentDictionary<string, string> targets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SourceNode?> nodes = new(StringComparer.Ordinal);

    /// <summary>Why each schema that a media type names is not the standard error schema (null: it is), worked out once per schema.</summary>
    internal ConcurrentDictionary<SourceObject, string?> StandardErrorProblems { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The node at <paramref name="pointer"/>, or null when the document has none there.</summary>
    public SourceNode? At(string pointer) => nodes.GetOrAdd(pointer, static (pointer, root) => NodeLookup.Resolve(root, pointer), root);

    /// <summary>Follows the <c>$ref</c>s starting at <paramref name="node"/>, found at <paramref name="pointer"/>.</summary>
    public Resolved Follow(SourceNode? node, string pointer)
    {
        List<string>? chain = null;
        var current = pointer;
        while (ReferenceOf(node) is { } reference)
        {
            if (!reference.StartsWith('#'))
            {
                return new Resolved(null, current, chain ?? [], null);
            }

            var target = targets.GetOrAdd(reference, DocumentPointer.FromFragment);
            chain ??= [];
            if (target == pointer || chain.Contains(target))
            {
                return new Resolved(null, current, chain, $"circular $ref: '{reference}' leads back to itself");
            }

            chain.Add(target);
            current = target;
            node = At(target);
            if (node is null)
            {
                return new Resolved(null, current, chain, $"$ref '{reference}' points to nothing in this document");
            }
        }

        return new Resolved(node, current, chain ?? [], null);
    }

    /// <summary>The <c>$ref</c> string of an object that has one.</summary>
    public static string? ReferenceOf(SourceNode? node) =>
        node is SourceObject map && map["$ref"] is SourceScalar { Kind: ScalarKind.String } reference
            ? reference.Text
            : null;
}
