using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Rules.Level3;

namespace OpenApiStatusLint.Rules;

/// <summary>What reading one pack collects and shares between its rules: its named tables and its deprecation notes.</summary>
public sealed class PackContext
{
    private readonly Dictionary<string, (PackNode Node, Lazy<ProfileTable> Table)> tables = new(StringComparer.Ordinal);
    private readonly List<PackNote> notes = [];

    /// <summary>A context for a pack that declares no tables.</summary>
    public PackContext()
    {
    }

    /// <summary>A context with the pack's <c>tables:</c> mapping (read on first use, once).</summary>
    public PackContext(PackNode tablesNode)
    {
        ArgumentNullException.ThrowIfNull(tablesNode);
        if (tablesNode.IsMissing)
        {
            return;
        }

        foreach (var (name, value) in tablesNode.Members())
        {
            tables[name] = (value, new Lazy<ProfileTable>(() => ProfileTable.Read(value)));
        }
    }

    /// <summary>The notes collected so far, in file order.</summary>
    public IReadOnlyList<PackNote> Notes => notes.OrderBy(note => note.Location.StartLine).ThenBy(note => note.Location.StartColumn).ToList();

    /// <summary>Records an old spelling that still loads.</summary>
    public void Deprecated(SourceRange location, string message)
    {
        if (!notes.Any(note => note.Location == location && note.Message == message))
        {
            notes.Add(new PackNote(message, location));
        }
    }

    /// <summary>
    /// The profile table a rule names (<c>profiles: level3-profiles</c>). A mapping written in place
    /// (the older form, before <c>tables:</c>) is still read, with a note.
    /// </summary>
    public ProfileTable Table(PackNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.IsMapping)
        {
            Deprecated(node.KeyLocation, "a table written in place is an old form; declare it once under the pack's tables: and name it here");
            return ProfileTable.Read(node);
        }

        var name = node.String();
        if (tables.TryGetValue(name, out var table))
        {
            return table.Table.Value;
        }

        var hint = Suggestions.Closest(name, tables.Keys);
        throw node.Error($"unknown table '{name}'" + (hint is not null ? $"; did you mean '{hint}'?" : tables.Count == 0 ? "; declare it under the pack's tables:" : $"; the pack's tables: {string.Join(", ", tables.Keys)}"));
    }
}
