using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model;

/// <summary>
/// The specification extensions (<c>x-</c> members) of one object: the document root, a path item
/// or an operation. Only their text is kept: a scalar's, or a list's scalar items'. A mapping
/// counts as present with no values, so the document tree need not stay alive for them.
/// </summary>
public sealed class ApiExtensions
{
    private readonly Dictionary<string, ExtensionValue>? values;

    private ApiExtensions(Dictionary<string, ExtensionValue>? values) => this.values = values;

    /// <summary>An object without extensions.</summary>
    public static ApiExtensions None { get; } = new(null);

    /// <summary>The names written, in no particular order.</summary>
    public IEnumerable<string> Names => values?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The value of extension <paramref name="name"/> (compared as written), or null when the object has none of that name.</summary>
    public ExtensionValue? Find(string name) => values?.GetValueOrDefault(name);

    /// <summary>Reads the <c>x-</c> members of <paramref name="node"/>.</summary>
    internal static ApiExtensions Of(SourceObject node)
    {
        Dictionary<string, ExtensionValue>? found = null;
        foreach (var member in node)
        {
            if (member.Key.StartsWith("x-", StringComparison.Ordinal))
            {
                found ??= new Dictionary<string, ExtensionValue>(StringComparer.Ordinal);
                found[member.Key] = Value(member.Value);
            }
        }

        return found is null ? None : new ApiExtensions(found);
    }

    private static ExtensionValue Value(SourceNode node) => node switch
    {
        SourceScalar { Kind: ScalarKind.Null } => new ExtensionValue([], IsList: false),
        SourceScalar scalar => new ExtensionValue([scalar.Text], IsList: false),
        SourceArray list => new ExtensionValue(list.OfType<SourceScalar>().Where(item => item.Kind != ScalarKind.Null).Select(item => item.Text).ToList(), IsList: true),
        _ => new ExtensionValue([], IsList: false),
    };
}
