using System.Globalization;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// A node of a rule pack (or config file) with its pointer and place, so that every reading
/// mistake can name the line it is on. Conditions and checks read their arguments through it.
/// It reads a <see cref="PackValue"/> tree, which the Packs stage builds from the file (YAML).
/// </summary>
public sealed class PackNode
{
    private readonly PackValue? value;
    private readonly SourceRange? key;
    private readonly SourceRange parentLocation;

    private PackNode(PackValue? value, string pointer, SourceRange? key, SourceRange parentLocation)
    {
        // A null is read as absent, so that `message: ~` and a missing message are the same mistake.
        this.value = value is PackScalar { Kind: PackScalarKind.Null } ? null : value;
        Pointer = pointer;
        this.key = key;
        this.parentLocation = parentLocation;
    }

    /// <summary>The root of a pack or config file read from <paramref name="file"/>; <paramref name="root"/> is null for an empty file.</summary>
    public static PackNode Root(PackValue? root, string file) => new(root, DocumentPointer.Root, null, SourceRange.StartOf(file));

    /// <summary>Where it is in the pack.</summary>
    public string Pointer { get; }

    /// <summary>Where it is written: its value, or for an absent member the key of the mapping that lacks it.</summary>
    public SourceRange Location => value?.Range ?? parentLocation;

    /// <summary>A problem at this node.</summary>
    public RulePackException Error(string message) => new(message, Location);

    /// <summary>The member <paramref name="name"/> (its node is null when absent).</summary>
    public PackNode Member(string name)
    {
        var pointer = DocumentPointer.Append(Pointer, name);
        return value is PackMapping map && map.Find(name) is { } member
            ? Child(member.Value, pointer, member.KeyRange)
            : new PackNode(null, pointer, null, KeyLocation);
    }

    /// <summary>True when the value is absent or null.</summary>
    public bool IsMissing => value is null;

    /// <summary>True when the value is a mapping.</summary>
    public bool IsMapping => value is PackMapping;

    /// <summary>True when the value is a list.</summary>
    public bool IsList => value is PackList;

    /// <summary>The members of a mapping; anything else is an error.</summary>
    public IEnumerable<(string Name, PackNode Value)> Members()
    {
        if (value is not PackMapping map)
        {
            throw Error($"expected a mapping, found {Describe()}");
        }

        return map.Members.Select(member => (member.Key, Child(member.Value, DocumentPointer.Append(Pointer, member.Key), member.KeyRange))).ToList();
    }

    /// <summary>The items of a list; a single value counts as a list of one.</summary>
    public IEnumerable<PackNode> Items()
    {
        if (value is PackList list)
        {
            return list.Items.Select((item, index) => Child(item, DocumentPointer.Append(Pointer, index), null)).ToList();
        }

        return value is null ? [] : [this];
    }

    /// <summary>Rejects members not in <paramref name="allowed"/>, naming the closest allowed one.</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var (name, member) in Members())
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                var hint = Suggestions.Closest(name, allowed);
                throw new RulePackException(
                    $"unknown key '{name}'" + (hint is null ? $"; expected one of: {string.Join(", ", allowed)}" : $"; did you mean '{hint}'?"),
                    member.KeyLocation);
            }
        }
    }

    /// <summary>Where this node's key is written (a list item or the root stands for itself).</summary>
    public SourceRange KeyLocation => key ?? Location;

    /// <summary>A scalar as text (numbers and booleans as written).</summary>
    public string String()
    {
        if (value is PackScalar scalar)
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

        return value is PackScalar { Kind: PackScalarKind.Boolean } flag
            ? flag.Text == "true"
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

    private PackNode Child(PackValue child, string pointer, SourceRange? keyRange) => new(child, pointer, keyRange, keyRange ?? Location);

    private string Describe() => value switch
    {
        null => "nothing",
        PackMapping => "a mapping",
        PackList => "a list",
        PackScalar { Kind: PackScalarKind.String } text => $"'\"{text.Text}\"'",
        PackScalar scalar => $"'{scalar.Text}'",
        _ => "something else",
    };
}
