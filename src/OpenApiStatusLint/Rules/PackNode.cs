using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// A node of a rule pack with its pointer, so that every reading mistake can name the line it is
/// on. Conditions and checks read their arguments through it.
/// </summary>
public sealed class PackNode
{
    private readonly ParsedSource source;

    internal PackNode(ParsedSource source, JsonNode? node, string pointer)
    {
        this.source = source;
        Node = node;
        Pointer = pointer;
    }

    /// <summary>The raw value.</summary>
    public JsonNode? Node { get; }

    /// <summary>Where it is in the pack.</summary>
    public string Pointer { get; }

    /// <summary>Where it is written.</summary>
    public SourceRange Location
    {
        get
        {
            for (string? current = Pointer; current is not null; current = DocumentPointer.Parent(current))
            {
                if (source.Positions.TryGetValue(current, out var entry))
                {
                    return current == Pointer ? entry.ValueRange : entry.KeyRange;
                }
            }

            return SourceRange.StartOf(source.File);
        }
    }

    /// <summary>A problem at this node.</summary>
    public RulePackException Error(string message) => new(message, Location);

    /// <summary>The member <paramref name="name"/> (its node is null when absent).</summary>
    public PackNode Member(string name) =>
        new(source, (Node as JsonObject)?[name], DocumentPointer.Append(Pointer, name));

    /// <summary>True when the value is absent or null.</summary>
    public bool IsMissing => Node is null;

    /// <summary>The members of a mapping; anything else is an error.</summary>
    public IEnumerable<(string Name, PackNode Value)> Members()
    {
        if (Node is not JsonObject map)
        {
            throw Error($"expected a mapping, found {Describe()}");
        }

        return map.Select(member => (member.Key, new PackNode(source, member.Value, DocumentPointer.Append(Pointer, member.Key)))).ToList();
    }

    /// <summary>The items of a list; a single value counts as a list of one.</summary>
    public IEnumerable<PackNode> Items()
    {
        if (Node is JsonArray list)
        {
            return list.Select((item, index) => new PackNode(source, item, DocumentPointer.Append(Pointer, index))).ToList();
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

    /// <summary>Where this node's key is written.</summary>
    public SourceRange KeyLocation => source.Positions.TryGetValue(Pointer, out var entry) ? entry.KeyRange : Location;

    /// <summary>A scalar as text (numbers and booleans as written).</summary>
    public string String()
    {
        if (Node is JsonValue value)
        {
            return value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
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

        return Node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
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

    private string Describe() => Node switch
    {
        null => "nothing",
        JsonObject => "a mapping",
        JsonArray => "a list",
        _ => $"'{Node.ToJsonString()}'",
    };
}
