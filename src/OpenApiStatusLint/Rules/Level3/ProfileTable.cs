using System.Runtime.CompilerServices;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// The profile table a level3 check takes under <c>profiles:</c>. The pack declares it once under
/// <c>tables:</c> and every check names it, so the tables stay in YAML and not in code.
/// </summary>
public sealed class ProfileTable
{
    private readonly Dictionary<string, Profile> profiles;

    private ProfileTable(Dictionary<string, Profile> profiles) => this.profiles = profiles;

    /// <summary>
    /// Each path item's profiles as read against this table, computed once per path item (its
    /// operations share one <see cref="ApiPathItem"/>); an entry goes with its document.
    /// </summary>
    internal ConditionalWeakTable<ApiPathItem, ResourceProfiles> Resolved { get; } = new();

    /// <summary>Every profile by lower-case name.</summary>
    public IReadOnlyDictionary<string, Profile> Profiles => profiles;

    /// <summary>The names of the base profiles, in table order.</summary>
    public IEnumerable<string> BaseNames => profiles.Values.Where(profile => profile.Kind == ProfileKind.Base).Select(profile => profile.Name);

    /// <summary>Reads a <c>profiles:</c> mapping: <c>name: {kind, page, methods: {GET: {optional, requires, one-of, allows, when-header, when-header-required}}}</c>.</summary>
    public static ProfileTable Read(PackNode node)
    {
        var table = new Dictionary<string, Profile>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in node.Members())
        {
            value.AllowOnly("kind", "page", "methods");
            var kind = value.Member("kind").String() switch
            {
                "base" => ProfileKind.Base,
                "mixin" => ProfileKind.Mixin,
                var other => throw value.Member("kind").Error($"kind '{other}' must be base or mixin"),
            };
            var methods = new Dictionary<string, ProfileMethod>(StringComparer.OrdinalIgnoreCase);
            foreach (var (method, row) in value.Member("methods").Members())
            {
                methods[method.ToUpperInvariant()] = ReadRow(method.ToUpperInvariant(), row);
            }

            table[name.ToLowerInvariant()] = new Profile
            {
                Name = name.ToLowerInvariant(),
                Kind = kind,
                Page = value.Member("page").String(),
                Methods = methods,
            };
        }

        return table.Count > 0 ? new ProfileTable(table) : throw node.Error("expected at least one profile");
    }

    /// <summary>The profile with this short name (case-insensitive), if the table has it.</summary>
    public Profile? Find(string name) => profiles.GetValueOrDefault(name);

    private static ProfileMethod ReadRow(string method, PackNode row)
    {
        if (row.IsMissing)
        {
            return new ProfileMethod { Method = method };
        }

        row.AllowOnly("optional", "requires", "one-of", "allows", "when-header", "when-header-required");
        return new ProfileMethod
        {
            Method = method,
            Optional = row.Member("optional").Boolean(false),
            Requires = Codes(row.Member("requires")),
            OneOf = Codes(row.Member("one-of")),
            Allows = Codes(row.Member("allows")),
            WhenHeader = CodesByHeader(row.Member("when-header")),
            WhenHeaderRequired = CodesByHeader(row.Member("when-header-required")),
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> CodesByHeader(PackNode node)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (!node.IsMissing)
        {
            foreach (var (header, codes) in node.Members())
            {
                result[header] = codes.StatusCodes();
            }
        }

        return result;
    }

    private static IReadOnlyList<string> Codes(PackNode node) => node.IsMissing ? [] : node.StatusCodes();
}
