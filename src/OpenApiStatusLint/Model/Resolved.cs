
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model;

/// <summary>Where a chain of local <c>$ref</c>s ends.</summary>
/// <param name="Node">The node it ends at; null when the chain is broken (see <paramref name="Problem"/>) or the start was null.</param>
/// <param name="Pointer">The pointer of that node (the start itself when there was no <c>$ref</c>).</param>
/// <param name="Chain">The pointer of each <c>$ref</c> target in turn, empty when the start had no <c>$ref</c>.</param>
/// <param name="Problem">Why the chain could not be followed to its end (circular, dangling), or null.</param>
public readonly record struct Resolved(SourceNode? Node, string Pointer, IReadOnlyList<string> Chain, string? Problem)
{
    /// <summary>The node as an object, when it is one.</summary>
    public SourceObject? Object => Node as SourceObject;
}
