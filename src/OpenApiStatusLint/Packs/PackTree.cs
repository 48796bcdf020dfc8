using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Packs;

/// <summary>
/// Turns a parsed file into the format-free tree that Rules reads packs and configs through
/// (<see cref="PackNode"/>), keeping every value's and key's place so that mistakes still name their line.
/// </summary>
public static class PackTree
{
    /// <summary>The root of <paramref name="source"/> as a pack tree.</summary>
    public static PackNode Root(ParsedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return PackNode.Root(source.Root is null ? null : Convert(source.Root), source.File);
    }

    // A YAML alias is the anchor's node again: it is converted at each place it is used, as
    // reading it did before. Packs are small, and an alias cannot contain itself.
    private static PackValue Convert(SourceNode node) => node switch
    {
        SourceObject map => new PackMapping(map.Select(member => new PackMember(member.Key, Range(map.File, member.KeySpan), Convert(member.Value))).ToList(), map.Range),
        SourceArray list => new PackList(list.Select(Convert).ToList(), list.Range),
        SourceScalar scalar => new PackScalar(scalar.Text, Kind(scalar.Kind), scalar.Range),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "a source node is a mapping, a list or a scalar"),
    };

    private static PackScalarKind Kind(ScalarKind kind) => kind switch
    {
        ScalarKind.Boolean => PackScalarKind.Boolean,
        ScalarKind.Number => PackScalarKind.Number,
        ScalarKind.Null => PackScalarKind.Null,
        _ => PackScalarKind.String,
    };

    private static SourceRange Range(string file, SourceSpan span) => new(file, span.Line, span.Column, span.EndLine, span.EndColumn);
}
