using System.Globalization;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// A node of a rule pack (or config file) with its pointer and place, so that every reading
/// mistake can name the line it is on. Conditions and checks read their arguments through it.
/// </summary>
public sealed class PackNode
{
    private readonly SourceRange? key;
    private readonly SourceRange parentLocation;

    private PackNode(SourceNode? node, string pointer, SourceRange? key, SourceRange parentLocation)
    {
        Node = node;
        Pointer = pointer;
        this.key = key;
        this.parentLocation = parentLocation;
    }

    /// <summary>The root of a parsed pack or config file.</summary>
    internal static PackNode Root(ParsedSource source) =>
        new(source.Root is SourceScalar { Kind: ScalarKind.Null } ? null : source.Root, DocumentPointer.Root, null, SourceRange.StartOf(source.File));

    /// <summary>The raw value; null when absent or null.</summary>
    public SourceNode? Node { get; }

    /// <summary>Where it is in the pack.</summary>
    public string Pointer { get; }

    /// <summary>Where it is written: its value, or for an absent member the key of the mapping that lacks it.</summary>
    public SourceRange Location => Node?.Range ?? parentLocation;

    /// <summary>A problem at this node.</summary>
    public RulePackException Error(string message) => new(message, Location);

    /// <summary>The member <paramref name="name"/> (its node is null when absent).</summary>
    public PackNode Member(string name)
    {
        var pointer = DocumentPointer.Append(Pointer, name);
        return Node is SourceObject map && map.TryGetMember(name, out var member)
            ? Child(member.Value, pointer, Range(map.File, member.KeySpan))
            : new PackNode(null, pointer, null, KeyLocation);
    }

    /// <summary>True when the value is absent or null.</summary>
    public bool IsMissing => Node is null;

    /// <summary>The members of a mapping; anything else is an error.</summary>
    public IEnumerable<(string Name, PackNode Value)> Members()
    {
        if (Node is not SourceObject map)
        {
            throw Error($"expected a mapping, found {Describe()}");
        }

        return map.Select(member => (member.Key, Child(member.Value, DocumentPointer.Append(Pointer, member.Key), Range(map.File, member.KeySpan)))).ToList();
    }

    /// <summary>The items of a list; a single value counts as a list of one.</summary>
    public IEnumerable<PackNode> Items()
    {
        if (Node is SourceArray list)
        {
            return list.Select((item, index) => Child(item, DocumentPointer.Append(Pointer, index), null)).ToList();
        }

        return Node is null ? [] : [this];
    }

    /// <summary>Rejects members not in <paramref name="allowed"/>, naming the closest allowed one.</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var (name, value) in Members())
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                var hint = Suggestions.Closest(name, allowed);
                throw new RulePackException(
                    $"unknown key '{name}'" + (hint is null ? $"; expected one of: {string.Join(", ", allowed)}" : $"; did you mean '{hint}'?"),
                    value.KeyLocation);
            }
        }
    }

    /// <summary>Where this node's key is written (a list item or the root stands for itself).</summary>
    public SourceRange KeyLocation => key ?? Location;

    /// <summary>A scalar as text (numbers and booleans as written).</summary>
    public string String()
    {
        if (Node is SourceScalar scalar)
        {
            return scalar.Text;
        }

        throw Error($"expected a text value, found {Describe()}");
    }

    /// <summary>The string, or <paramref name="fallback"/> when absent.</summary>
    public string String(string fallback) => IsMissing ? fallback : String();

    /// <summary>A boolean.</summary>
    public bool Boolean(bool fallback)
    {
        if (IsMissing)
        {
            return fallback;
        }

        return Node is SourceScalar { Kind: ScalarKind.Boolean } flag
            ? flag.IsTrue
            : throw Error($"expected true or false, found {Describe()}");
    }

    /// <summary>Each item as text; a single value counts as a list of one.</summary>
    public IReadOnlyList<string> Strings() => Items().Select(item => item.String()).ToList();

    /// <summary>Response keys: three-digit codes, <c>1XX</c>–<c>5XX</c> ranges or <c>default</c>.</summary>
    public IReadOnlyList<string> StatusCodes()
    {
        var codes = new List<string>();
        foreach (var item in Items())
        {
            var code = item.String().ToUpper(CultureInfo.InvariantCulture);
            code = code == "DEFAULT" ? "default" : code;
            if (!Model.StatusCodes.IsValidKey(code))
            {
                throw item.Error($"'{code}' is not a status code, a range such as 4XX, or default");
            }

            codes.Add(code);
        }

        return codes.Count > 0 ? codes : throw Error("expected at least one status code");
    }

    private PackNode Child(SourceNode value, string pointer, SourceRange? keyRange) =>
        new(value is SourceScalar { Kind: ScalarKind.Null } ? null : value, pointer, keyRange, keyRange ?? Location);

    private static SourceRange Range(string file, SourceSpan span) => new(file, span.Line, span.Column, span.EndLine, span.EndColumn);

    private string Describe() => Node switch
    {
        null => "nothing",
        SourceObject => "a mapping",
        SourceArray => "a list",
        SourceScalar { Kind: ScalarKind.String } text => $"'\"{text.Text}\"'",
        SourceScalar scalar => $"'{scalar.Text}'",
        _ => "something else",
    };
}
