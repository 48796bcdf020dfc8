namespace OpenApiStatusLint.Rules;

/// <summary>The packs shipped with statuslint, and how pack names select rules.</summary>
public static class RuleCatalog
{
    /// <summary>The packs in the order their rules are listed.</summary>
    public static IReadOnlyList<string> BuiltInPacks { get; } = ["http", "required", "level3"];

    /// <summary>What <c>recommended</c> stands for.</summary>
    public static IReadOnlyList<string> Recommended { get; } = ["http", "required"];

    private static readonly Lazy<IReadOnlyList<RulePack>> Packs =
        new(() => BuiltInPacks.Select(RulePackReader.ReadEmbedded).ToList());

    /// <summary>Every built-in pack.</summary>
    public static IReadOnlyList<RulePack> All => Packs.Value;

    /// <summary>The rules of the named packs (<c>recommended</c> expands); unknown names are an <see cref="ArgumentException"/>.</summary>
    public static IReadOnlyList<Rule> Select(IEnumerable<string> packNames, IEnumerable<RulePack>? extraPacks = null)
    {
        var available = All.Concat(extraPacks ?? []).ToList();
        var wanted = new List<string>();
        foreach (var name in packNames)
        {
            var lower = name.ToLowerInvariant();
            if (lower == "recommended")
            {
                wanted.AddRange(Recommended);
            }
            else if (available.Any(pack => pack.Name == lower))
            {
                wanted.Add(lower);
            }
            else
            {
                var known = available.Select(pack => pack.Name).Append("recommended").ToList();
                var hint = Suggestions.Closest(lower, known);
                throw new ArgumentException($"unknown pack '{name}'" + (hint is null ? $"; known packs: {string.Join(", ", known)}" : $"; did you mean '{hint}'?"));
            }
        }

        return available.Where(pack => wanted.Contains(pack.Name)).SelectMany(pack => pack.Rules).ToList();
    }
}
