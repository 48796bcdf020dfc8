using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Packs;

/// <summary>The packs shipped with statuslint, and how pack names select rules.</summary>
public static class RuleCatalog
{
    /// <summary>The packs in the order their rules are listed.</summary>
    public static IReadOnlyList<string> BuiltInPacks { get; } = ["http", "required", "level3", "owasp", "kics"];

    /// <summary>What <c>recommended</c> stands for.</summary>
    public static IReadOnlyList<string> Recommended { get; } = ["http", "required"];

    // Each pack is read on first use: a run of the recommended packs never parses level3's table.
    private static readonly Dictionary<string, Lazy<RulePack>> Packs =
        BuiltInPacks.ToDictionary(name => name, name => new Lazy<RulePack>(() => RulePackReader.ReadEmbedded(name)), StringComparer.Ordinal);

    /// <summary>Every built-in pack.</summary>
    public static IReadOnlyList<RulePack> All => BuiltInPacks.Select(name => Packs[name].Value).ToList();

    /// <summary>The rules of the named packs (<c>recommended</c> expands); unknown names are an <see cref="ArgumentException"/>.</summary>
    public static IReadOnlyList<Rule> Select(IEnumerable<string> packNames, IEnumerable<RulePack>? extraPacks = null)
    {
        var extra = (extraPacks ?? []).ToList();
        var wanted = new List<string>();
        foreach (var name in packNames)
        {
            var lower = name.ToLowerInvariant();
            if (lower == "recommended")
            {
                wanted.AddRange(Recommended);
            }
            else if (Packs.ContainsKey(lower) || extra.Any(pack => pack.Name == lower))
            {
                wanted.Add(lower);
            }
            else
            {
                var known = BuiltInPacks.Concat(extra.Select(pack => pack.Name)).Append("recommended").ToList();
                var hint = Suggestions.Closest(lower, known);
                throw new ArgumentException($"unknown pack '{name}'" + (hint is null ? $"; known packs: {string.Join(", ", known)}" : $"; did you mean '{hint}'?"));
            }
        }

        var selected = BuiltInPacks.Where(wanted.Contains).Select(name => Packs[name].Value).Concat(extra.Where(pack => wanted.Contains(pack.Name)));
        return selected.SelectMany(pack => pack.Rules).ToList();
    }
}
