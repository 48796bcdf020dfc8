using OpenApiStatusLint.Diagnostics;

using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model.Schemas;

/// <summary>
/// A read-only look at one JSON Schema of the document, with <c>$ref</c>s followed: its types,
/// properties and required names, and its <c>allOf</c>, <c>oneOf</c> and <c>anyOf</c> parts.
/// <see cref="Merged"/> folds the <c>allOf</c> parts into one view. Boolean schemas (3.1) and
/// broken references are views with nothing in them.
/// </summary>
public sealed class SchemaView
{
    private const int MaxDepth = 64;

    private readonly SourceObject? node;
    private readonly LocalReferences references;
    private readonly int depth;

    private SchemaView(SourceObject? node, string pointer, LocalReferences references, int depth, bool resolved)
    {
        this.node = node;
        this.references = references;
        this.depth = depth;
        Pointer = pointer;
        IsResolved = resolved;
    }

    /// <summary>The schema's object after its <c>$ref</c>s; null for a boolean schema or a broken reference.</summary>
    internal SourceObject? Node => node;

    /// <summary>The document's references, which also hold what is worked out once per schema.</summary>
    internal LocalReferences References => references;

    /// <summary>True for a view made by <see cref="Of"/>, not reached through another schema (whose depth limits what it sees).</summary>
    internal bool IsTopLevel => depth == 0;

    /// <summary>The pointer of the schema after its <c>$ref</c>s.</summary>
    public string Pointer { get; }

    /// <summary>False when a <c>$ref</c> on the way could not be followed.</summary>
    public bool IsResolved { get; }

    /// <summary>The <c>type</c> names (one, or a 3.1 list); null when the schema does not say.</summary>
    public IReadOnlyList<string>? Types => node?["type"] switch
    {
        SourceScalar { Kind: ScalarKind.String } single => [single.Text],
        SourceArray list => list.OfType<SourceScalar>().Select(item => item.Text).ToList(),
        _ => null,
    };

    /// <summary>The <c>properties</c>, each with its <c>$ref</c> followed.</summary>
    public IReadOnlyDictionary<string, SchemaView> Properties =>
        node?["properties"] is SourceObject properties
            ? properties.ToDictionary(member => member.Key, member => Child(member.Value, DocumentPointer.Append(DocumentPointer.Append(Pointer, "properties"), member.Key)), StringComparer.Ordinal)
            : new Dictionary<string, SchemaView>(StringComparer.Ordinal);

    /// <summary>The names in <c>required</c>.</summary>
    public IReadOnlySet<string> Required =>
        node?["required"] is SourceArray names
            ? names.OfType<SourceScalar>().Where(name => name.Kind == ScalarKind.String).Select(name => name.Text).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The <c>allOf</c> parts.</summary>
    public IReadOnlyList<SchemaView> AllOf => Parts("allOf");

    /// <summary>The <c>oneOf</c> alternatives.</summary>
    public IReadOnlyList<SchemaView> OneOf => Parts("oneOf");

    /// <summary>The <c>anyOf</c> alternatives.</summary>
    public IReadOnlyList<SchemaView> AnyOf => Parts("anyOf");

    /// <summary>The view of a schema node found at <paramref name="pointer"/>, its <c>$ref</c>s followed.</summary>
    public static SchemaView Of(SourceNode? schema, string pointer, LocalReferences references) => Create(schema, pointer, references, 0);

    /// <summary>
    /// This schema with its <c>allOf</c> parts (and theirs) folded in: properties and required
    /// names are united, and the type is the one a part states (the schema's own first).
    /// </summary>
    public MergedSchema Merged()
    {
        var properties = new Dictionary<string, SchemaView>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<string>? types = null;
        Fold(this, 0);
        return new MergedSchema(types, properties, required);

        void Fold(SchemaView view, int level)
        {
            if (level > MaxDepth)
            {
                return;
            }

            types ??= view.Types;
            foreach (var (name, property) in view.Properties)
            {
                properties.TryAdd(name, property);
            }

            required.UnionWith(view.Required);
            foreach (var part in view.AllOf)
            {
                Fold(part, level + 1);
            }
        }
    }

    private IReadOnlyList<SchemaView> Parts(string keyword) =>
        node?[keyword] is SourceArray parts
            ? parts.Select((part, index) => Child(part, DocumentPointer.Append(DocumentPointer.Append(Pointer, keyword), index))).ToList()
            : [];

    private SchemaView Child(SourceNode? schema, string pointer) => Create(schema, pointer, references, depth + 1);

    private static SchemaView Create(SourceNode? schema, string pointer, LocalReferences references, int depth)
    {
        if (depth > MaxDepth)
        {
            return new SchemaView(null, pointer, references, depth, resolved: false);
        }

        var resolved = references.Follow(schema, pointer);
        return new SchemaView(resolved.Object, resolved.Pointer, references, depth, resolved.Node is not null);
    }
}
