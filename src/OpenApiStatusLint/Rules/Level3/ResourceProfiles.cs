using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>What an operation's path item declares in <c>x-level3-profiles</c>, checked against the profile table.</summary>
public sealed class ResourceProfiles
{
    private static readonly ResourceProfiles None = new(null, [], []);

    private ResourceProfiles(Profile? baseProfile, IReadOnlyList<Profile> mixins, IReadOnlyList<DeclarationProblem> problems)
    {
        Base = baseProfile;
        Mixins = mixins;
        Problems = problems;
    }

    /// <summary>The one base profile; null when the declaration has none or more than one.</summary>
    public Profile? Base { get; }

    /// <summary>The known mixins, each once.</summary>
    public IReadOnlyList<Profile> Mixins { get; }

    /// <summary>Mistakes in the declaration. Unknown names are reported and skipped, so the rest still applies.</summary>
    public IReadOnlyList<DeclarationProblem> Problems { get; }

    /// <summary>The base profile followed by the mixins.</summary>
    public IEnumerable<Profile> All => Base is null ? [] : Mixins.Prepend(Base);

    /// <summary>The profiles as a reader writes them: <c>data + entity</c>.</summary>
    public string DisplayName => string.Join(" + ", All.Select(profile => profile.Name));

    /// <summary>
    /// The resolved profiles of <paramref name="operation"/>'s path item, read once per path item
    /// and table: the operations of a path item share it, and every level3 check asks.
    /// </summary>
    public static ResourceProfiles Of(ApiOperation operation, ProfileTable table)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(table);
        var item = operation.PathItem;
        if (item.Profiles.Count == 0)
        {
            // Not a Level 3 resource: the note about a missing declaration is another rule's.
            return None;
        }

        if (!table.Resolved.TryGetValue(item, out var profiles))
        {
            // Two threads may both read a new path item; they compute the same value and one is kept.
            profiles = table.Resolved.GetValue(item, key => Read(key, table));
        }

        return profiles;
    }

    private static ResourceProfiles Read(ApiPathItem item, ProfileTable table)
    {
        var list = DocumentPointer.Append(item.Pointer, "x-level3-profiles");
        var problems = new List<DeclarationProblem>();
        var bases = new List<Profile>();
        var mixins = new List<Profile>();
        for (var index = 0; index < item.Profiles.Count; index++)
        {
            var written = item.Profiles[index];
            var name = ProfileName.Parse(written, out var isPattern);
            if (isPattern)
            {
                continue;
            }

            var profile = name is null ? null : table.Find(name);
            if (profile is null)
            {
                var hint = Suggestions.Closest(name ?? written, table.Profiles.Keys);
                problems.Add(new DeclarationProblem(
                    DocumentPointer.Append(list, index),
                    $"names an unknown profile '{written}'" + (hint is null ? $"; known profiles: {string.Join(", ", table.Profiles.Keys)}" : $"; did you mean '{hint}'?"),
                    written));
                continue;
            }

            var same = profile.Kind == ProfileKind.Base ? bases : mixins;
            if (!same.Contains(profile))
            {
                same.Add(profile);
            }
        }

        if (bases.Count > 1)
        {
            problems.Add(new DeclarationProblem(list, $"declares {bases.Count} base profiles ({string.Join(", ", bases.Select(p => p.Name))}); a resource has exactly one", null));
        }
        else if (bases.Count == 0 && problems.Count == 0)
        {
            // An unknown name already explains a missing base; one mistake, one finding.
            var what = mixins.Count > 0 ? $"declares only mixins ({string.Join(", ", mixins.Select(p => p.Name))})" : "declares no profile";
            problems.Add(new DeclarationProblem(list, $"{what}; add one base profile: {string.Join(", ", table.BaseNames)}", null));
        }

        return new ResourceProfiles(bases.Count == 1 ? bases[0] : null, mixins, problems);
    }

    /// <summary>The rows of every declared profile for a method, the base profile's first.</summary>
    public IEnumerable<(Profile Profile, ProfileMethod Row)> RowsFor(string method) =>
        All.Select(profile => (Profile: profile, Row: profile.Row(method)))
            .Where(pair => pair.Row is not null)
            .Select(pair => (pair.Profile, pair.Row!));
}
